package org.tumorboard.navigator.intake;

/** One thing wrong with a submitted case: the field (JSON name, or "body" for the document as a whole) and why. */
public record FieldProblem(String field, String message) {

    /** How the message of a contradiction between two facts begins. */
    static final String CONTRADICTS = "contradicts ";

    /** True where the field's value is valid on its own but contradicts another fact of the case. */
    public boolean contradiction() {
        return message.startsWith(CONTRADICTS);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
