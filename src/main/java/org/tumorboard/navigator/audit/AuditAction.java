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
    ACCOUNT_DISABLED,
    /** The chain's first entry, sealing the entries written before entries were chained. */
    CHAIN_STARTED
}
