package org.tumorboard.navigator.signoff;

import java.util.List;
import org.tumorboard.navigator.intake.FieldProblem;

/** A review or comment that cannot be recorded, with each problem naming its field. */
public class InvalidReviewException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidReviewException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
