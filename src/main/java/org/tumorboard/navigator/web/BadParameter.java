package org.tumorboard.navigator.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.tumorboard.navigator.intake.FieldProblem;

/** A request parameter a page does not take, or whose value it cannot use: 400, each problem under its parameter. */
public final class BadParameter extends ResponseStatusException {

    private final List<FieldProblem> problems;

    public BadParameter(String parameter, String message) {
        this(List.of(new FieldProblem(parameter, message)));
    }

    public BadParameter(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problems.isEmpty() ? "bad request" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
