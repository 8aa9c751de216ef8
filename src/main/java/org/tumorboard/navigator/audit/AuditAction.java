package org.tumorboard.navigator.audit;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    REVIEW,
    COMMENT,
    RELOAD,
    RELOAD_REJECTED,
    ACCOUNT_ADDED,
    ACCOUNT_DISABLED
}
