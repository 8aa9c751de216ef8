package org.tumorboard.navigator.intake;

import java.util.List;
import java.util.stream.Collectors;

/** A case that was rejected, with every problem found, each naming its field. */
public class InvalidCaseException extends Exception {

    private final transient List<FieldProblem> problems;

    public InvalidCaseException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidCaseException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** True where the document was rejected for its size alone. */
    public boolean tooLarge() {
        return false;
    }

    /** The case document exceeds {@link CaseReader#MAX_BYTES}. */
    public static final class TooLarge extends InvalidCaseException {
        public TooLarge() {
            super("body", "the case document is larger than " + CaseReader.MAX_BYTES / 1024 + " KiB");
        }

        @Override
        public boolean tooLarge() {
            return true;
        }
    }
}
