package org.tumorboard.navigator.intake;

/**
 * The case form's answer to a yes/no question. {@link #UNKNOWN} is an answer of its own (and the default); it is
 * never read as {@link #NO}.
 */
public enum Answer {
    UNKNOWN, YES, NO;

    /** The case model's value: {@code null} for unknown. */
    public Boolean value() {
        return switch (this) {
            case UNKNOWN -> null;
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
        };
    }

    public static Answer of(Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }
}
