package org.tumorboard.navigator.signoff;

/** A review made on a fingerprint that is no longer the rule's: the rule changed after the reviewer read it. */
public class StaleFingerprintException extends RuntimeException {

    public StaleFingerprintException(String ruleId, String read, String current) {
        super("rule " + ruleId + " changed since it was read: fingerprint " + read + " is now " + current
                + "; read it again before reviewing");
    }
}
