package org.tumorboard.navigator.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Rows of a CSV download (RFC 4180: CRLF line ends, a cell holding a comma, quote or line break quoted, quotes
 * doubled) whose cells a spreadsheet never reads as a formula: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    /** One row, with its line end. */
    public static String row(String... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
