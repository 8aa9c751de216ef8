package org.tumorboard.navigator.intake;

/** Histological differentiation of the tumour (the review cites well-differentiated histology as favourable [77]). */
public enum Differentiation {
    WELL, MODERATE, POOR
}
