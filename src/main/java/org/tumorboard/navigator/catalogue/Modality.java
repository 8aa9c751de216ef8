package org.tumorboard.navigator.catalogue;

/** The treatment a consideration speaks about. Declaration order is the output order. */
public enum Modality {
    GENERAL, SURGERY, SYSTEMIC_THERAPY, IRE, RFA, MWA, CRYOABLATION, LIVER_ABLATION, TACE, TARE
}
