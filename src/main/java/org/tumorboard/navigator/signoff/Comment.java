package org.tumorboard.navigator.signoff;

import java.time.Instant;

/** A contribution to a rule's discussion, with the fingerprint the rule had when it was written. */
public record Comment(long id, String ruleId, String fingerprint, String author, String body, Instant writtenAt) {
}
