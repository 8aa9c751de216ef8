package org.tumorboard.navigator.cdshooks;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.tumorboard.navigator.intake.FieldProblem;

/** A CDS Hooks call this service cannot answer: 400 for a malformed request, 412 for missing prefetch. */
class CdsRequestException extends Exception {

    private final HttpStatus status;
    private final transient List<FieldProblem> problems;

    CdsRequestException(HttpStatus status, List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    static CdsRequestException badRequest(String field, String message) {
        return new CdsRequestException(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(field, message)));
    }

    HttpStatus status() {
        return status;
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
