package org.tumorboard.navigator.signoff;

/** A reviewer's judgement of a rule's current fingerprint. */
public enum Verdict {
    /** The rule encodes its source correctly. */
    FAITHFUL,
    /** Something is wrong; the review's comment says what. */
    NEEDS_CHANGE
}
