package org.tumorboard.navigator.signoff;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tumorboard.navigator.web.Problems;

/** Rejected reviews as RFC 9457 problem details: 400 listing each invalid field, 409 for a changed rule. */
@RestControllerAdvice(assignableTypes = ReviewApiController.class)
class ReviewProblems {

    @ExceptionHandler(InvalidReviewException.class)
    ProblemDetail invalid(InvalidReviewException e) {
        return Problems.problem(HttpStatus.BAD_REQUEST, URI.create("/problems/invalid-review"), "Invalid review",
                e.getMessage(), e.problems());
    }

    @ExceptionHandler(StaleFingerprintException.class)
    ProblemDetail changed(StaleFingerprintException e) {
        return Problems.problem(HttpStatus.CONFLICT, URI.create("/problems/rule-changed"),
                "The rule changed since it was read", e.getMessage(), List.of());
    }
}
