package org.tumorboard.navigator.audit;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param actor  the account name, or the name tried in a failed sign-in, or {@code command line}
 * @param target what the action was about (a rule id, an account, a rule-set version), or null
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String target, String details) {
}
