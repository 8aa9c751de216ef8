package org.tumorboard.navigator.audit;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param actor        the account name, or the name tried in a failed sign-in, or {@code command line}
 * @param target       what the action was about (a rule id, an account, a rule-set version), or null
 * @param sequence     its place in the hash chain (null for an entry from before the chain)
 * @param previousHash the hash of the entry before it in the chain
 * @param hash         its own hash, over its content and {@code previousHash}
 * @param boundRecord  the stored record it records, as {@code kind:id:sha256} (a review, a comment), or null
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String target, String details,
                         Long sequence, String previousHash, String hash, String boundRecord) {

    /** This entry's hash as its content says it should be. */
    public String expectedHash() {
        return hashOf(sequence, previousHash, at, actor, action, target, details, boundRecord);
    }

    static String hashOf(Long sequence, String previousHash, Instant at, String actor, AuditAction action,
                         String target, String details, String boundRecord) {
        return AuditHash.of("audit-entry").add("sequence", sequence).add("previous", previousHash).add("at", at)
                .add("actor", actor).add("action", action == null ? null : action.name()).add("target", target)
                .add("details", details).add("bound", boundRecord).hex();
    }
}
