package org.tumorboard.navigator.intake;

import java.math.BigDecimal;

/** The one way numbers are written for people and addresses: plain decimal, without trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 4.0} as {@code "4"}, {@code 3.50} as {@code "3.5"}, {@code 1e6} as {@code "1000000"}. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
