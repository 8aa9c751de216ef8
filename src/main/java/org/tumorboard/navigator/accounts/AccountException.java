package org.tumorboard.navigator.accounts;

/** An account change that cannot be made, with a message for the person at the command line. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
