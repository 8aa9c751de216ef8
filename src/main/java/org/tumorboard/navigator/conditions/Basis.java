package org.tumorboard.navigator.conditions;

/**
 * On what a consideration rests, read from its rule's compiled conditions and the case (never a hand-kept tag).
 * Declaration order is the result page's order.
 */
public enum Basis {
    /** The match reads facts of the case beyond its stage, directly or through derived facts. */
    CASE,
    /** The match reads the stage alone: background that every case of this stage gets. */
    STAGE
}
