package org.tumorboard.navigator.intake;

/** How the disease has responded to chemotherapy so far. */
public enum ChemotherapyResponse {
    NOT_TREATED, RESPONSE, STABLE, PROGRESSION
}
