package org.tumorboard.navigator.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tumorboard.navigator.intake.InvalidCaseException;

/** Rejected cases as RFC 9457 problem details listing each invalid field. */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblems {

    static final URI INVALID_CASE = URI.create("/problems/invalid-case");

    @ExceptionHandler(InvalidCaseException.class)
    ProblemDetail invalidCase(InvalidCaseException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(INVALID_CASE);
        problem.setTitle("Invalid case");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
