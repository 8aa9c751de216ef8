package org.tumorboard.navigator.intake;

/** Disease stage of the hypothetical case, as the review groups it. */
public enum Stage {
    RESECTABLE, BORDERLINE_RESECTABLE, LOCALLY_ADVANCED, METASTATIC
}
