package org.tumorboard.navigator.signoff;

/** A rule's review status, always derived from its reviews and its current fingerprint, never set by hand. */
public enum ReviewStatus {
    /** Not yet judged faithful by enough distinct reviewers on the current fingerprint, and no change requested. */
    UNREVIEWED,
    /** Enough distinct reviewers judged the current fingerprint faithful, and no change request on it is open. */
    APPROVED,
    /** A reviewer's latest verdict on the current fingerprint is {@link Verdict#NEEDS_CHANGE}. */
    CHANGES_REQUESTED,
    /** Reviews exist only for earlier fingerprints: the rule or a source it cites changed since. */
    STALE;

    public String key() {
        return "review.status." + name();
    }
}
