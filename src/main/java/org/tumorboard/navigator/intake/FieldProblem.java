package org.tumorboard.navigator.intake;

/**
 * One thing wrong with a submitted case: the field (JSON name, or "body" for the document as a whole) and why.
 *
 * @param other for a contradiction, the field this one contradicts (so a page can name it by its label); else null
 */
public record FieldProblem(String field, String message, String other) {

    public FieldProblem(String field, String message) {
        this(field, message, null);
    }

    /** How the message of a contradiction between two facts begins. */
    static final String CONTRADICTS = "contradicts ";

    /** True where the field's value is valid on its own but contradicts another fact of the case. */
    public boolean contradiction() {
        return message.startsWith(CONTRADICTS);
    }

    /** A contradiction's reason, without the other field and its value. */
    public String reason() {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
