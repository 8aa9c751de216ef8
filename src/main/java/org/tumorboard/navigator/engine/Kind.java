package org.tumorboard.navigator.engine;

/** What sort of statement a consideration is. Declaration order is the output order within a modality. */
public enum Kind {
    /** The literature reports a concern, risk, exclusion criterion or poor-prognosis factor that applies to the case. */
    CAUTION,
    /** A rule needs a fact that is unknown for this case. */
    MISSING_INFORMATION,
    /** The literature reports outcomes for this modality in a population matching the case. */
    EVIDENCE,
    /** Relevant context. */
    NOTE
}
