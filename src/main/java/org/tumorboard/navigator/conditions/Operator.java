package org.tumorboard.navigator.conditions;

import java.util.Arrays;
import java.util.Optional;

/**
 * A comparison operator of a rule condition, with the meaning Drools gives it for a field that may be unknown
 * ({@code null}): {@code ==} and {@code !=} compare with {@code null} like any value; an ordering comparison with an
 * unknown side is false.
 */
public enum Operator {
    EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Operator> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }

    /** The operator with its operands swapped ({@code 4 < x} is {@code x > 4}). */
    public Operator flipped() {
        return switch (this) {
            case LESS -> GREATER;
            case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
            case GREATER -> LESS;
            case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
            default -> this;
        };
    }

    public boolean ordering() {
        return this != EQUAL && this != NOT_EQUAL;
    }

    /** Whether {@code actual <operator> literal} holds. */
    public boolean test(Object actual, Object literal) {
        if (!ordering()) {
            boolean equal = actual == null ? literal == null : literal != null && compare(actual, literal) == 0;
            return this == EQUAL ? equal : !equal;
        }
        if (actual == null || literal == null) {
            return false;
        }
        int c = compare(actual, literal);
        return switch (this) {
            case LESS -> c < 0;
            case LESS_OR_EQUAL -> c <= 0;
            case GREATER -> c > 0;
            default -> c >= 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable c) {
            return c.compareTo(b);
        }
        return a.equals(b) ? 0 : 1;
    }
}
