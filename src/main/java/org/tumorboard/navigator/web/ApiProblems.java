package org.tumorboard.navigator.web;

import java.net.URI;
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
        return Problems.problem(status, INVALID_CASE, "Invalid case", e.getMessage(), e.problems());
    }
}
