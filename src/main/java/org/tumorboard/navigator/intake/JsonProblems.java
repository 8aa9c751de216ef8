package org.tumorboard.navigator.intake;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a text is not one JSON object, in the product's own words: never the parser's message, class or feature
 * names. A duplicate key is reported under its own name.
 */
final class JsonProblems {

    private static final Pattern NON_NUMBER = Pattern.compile("NaN|Infinity");

    private JsonProblems() {
    }

    static FieldProblem of(JacksonException e, String text) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return new FieldProblem(duplicate, "appears more than once; give each field once");
        }
        String where = where(e.getLocation());
        if (e instanceof UnexpectedEndOfInputException) {
            return new FieldProblem(CaseReader.BODY, "is not valid JSON: the text ends" + where
                    + " before the object is complete");
        }
        if (e instanceof StreamConstraintsException) {
            return new FieldProblem(CaseReader.BODY, "is not valid JSON" + where + ": a value is too long or too deeply nested");
        }
        if (e instanceof MismatchedInputException) {
            return new FieldProblem(CaseReader.BODY, "is not one JSON object: more text follows it" + where);
        }
        return new FieldProblem(CaseReader.BODY, "is not valid JSON" + where + hint(e.getLocation(), text));
    }

    private static String duplicateKey(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate") && e.processor() instanceof JsonParser parser) {
            return parser.currentName();
        }
        return null;
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String hint(TokenStreamLocation location, String text) {
        long offset = location == null ? -1 : location.getCharOffset();
        if (offset < 0 || offset > text.length()) {
            return "";
        }
        String around = text.substring((int) Math.max(0, offset - 10), (int) Math.min(text.length(), offset + 10));
        if (NON_NUMBER.matcher(around).find()) {
            return ": NaN and Infinity are not numbers in JSON";
        }
        return "";
    }
}
