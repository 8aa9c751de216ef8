package org.tumorboard.navigator.accounts;

import java.time.Instant;

/**
 * An account as {@code user list} shows it (the password hash stays in the database).
 *
 * @param lockedUntil end of a lock after repeated failed sign-ins, or null
 */
public record Account(String name, Role role, boolean enabled, int failedSignIns, Instant lockedUntil,
                      Instant createdAt) {
}
