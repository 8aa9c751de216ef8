package org.tumorboard.navigator.signoff;

import java.time.Instant;

/**
 * One recorded verdict on a rule, with the fingerprint and the rule text it was made on.
 *
 * @param comment what is wrong (required for {@link Verdict#NEEDS_CHANGE}), or null
 */
public record Review(long id, String ruleId, String fingerprint, String reviewer, Verdict verdict, String comment,
                     String ruleText, Instant reviewedAt) {

    /** The first 12 hex digits of the fingerprint, as tables show it. */
    public String shortFingerprint() {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
