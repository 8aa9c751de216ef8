package org.tumorboard.navigator.accounts;

/**
 * What an account may do beyond reading (which needs no account). {@code REVIEWER}: record reviews and comments;
 * {@code MAINTAINER}: reload the rule set, read the audit log and comment. Neither includes the other.
 */
public enum Role {
    REVIEWER,
    MAINTAINER
}
