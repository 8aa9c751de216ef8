package org.tumorboard.navigator.signoff;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Rejected reviews as RFC 9457 problem details: 400 listing each invalid field, 409 for a changed rule. */
@RestControllerAdvice(assignableTypes = ReviewApiController.class)
class ReviewProblems {

    @ExceptionHandler(InvalidReviewException.class)
    ProblemDetail invalid(InvalidReviewException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("/problems/invalid-review"));
        problem.setTitle("Invalid review");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(StaleFingerprintException.class)
    ProblemDetail changed(StaleFingerprintException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("/problems/rule-changed"));
        problem.setTitle("The rule changed since it was read");
        return problem;
    }
}
