package org.tumorboard.navigator.intake;

/** One thing wrong with a submitted case: the field (JSON name, or "body" for the document as a whole) and why. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
