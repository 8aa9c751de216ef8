package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.intake.Numbers;

/**
 * Formats the case facts a rule names in its {@code because} list, the same way everywhere:
 * {@code fact("tumorSizeCm", 4.0)} gives {@code "tumorSizeCm = 4"}; booleans read yes/no, null reads unknown.
 * <p>In DRL: {@code import function org.tumorboard.navigator.engine.Because.fact;}
 */
public final class Because {

    private Because() {
    }

    public static String fact(String field, Object value) {
        return field + " = " + value(value);
    }

    static String value(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Double || value instanceof Float) {
            return Numbers.plain(Double.parseDouble(value.toString()));
        }
        return value.toString();
    }
}
