package org.tumorboard.navigator.engine;

import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.conditions.Grounds;
import org.tumorboard.navigator.intake.Numbers;

/**
 * A consideration's {@code because} list: every case fact its rule's match rests on ({@link Grounds#restsOn}), in
 * the order the conditions read them, each as the JSON contract writes it: {@code "tumorSizeCm = 4"}; booleans
 * read yes/no, null reads unknown. Pages show them in words (the labels and units of the case fields).
 */
public final class Because {

    private Because() {
    }

    /** The reasons of a fired rule, read from the case's grounds. */
    public static List<String> of(Grounds grounds, String ruleId) {
        List<String> because = new ArrayList<>();
        for (String field : grounds.restsOn(ruleId)) {
            because.add(fact(field, grounds.value(field)));
        }
        return because;
    }

    /** The field a reason names: the inverse of {@link #fact}. */
    public static String field(String reason) {
        int at = reason.indexOf(" = ");
        if (at < 0) {
            throw new IllegalArgumentException("not a reason: " + reason);
        }
        return reason.substring(0, at);
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
