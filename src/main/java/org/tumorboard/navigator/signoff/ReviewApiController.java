package org.tumorboard.navigator.signoff;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ResponseStatusException;
import org.tumorboard.navigator.web.ApiController;

/**
 * {@code GET /api/rules/{id}/reviews} (the rule's review state and every review), {@code POST} to the same address
 * (a reviewer's verdict on the rule's current fingerprint) and {@code GET /api/reviews/export} (the sign-off
 * record of the loaded rule set, as JSON or CSV).
 */
@ApiController
class ReviewApiController {

    private final Reviews reviews;
    private final ReviewExport export;

    ReviewApiController(Reviews reviews, ReviewExport export) {
        this.reviews = reviews;
        this.export = export;
    }

    /** A rule's review state and all its reviews, oldest first; {@code current} marks those on today's text. */
    record ReviewListing(String ruleId, String fingerprint, ReviewStatus status, int approvals, int approvalsRequired,
                         List<ReviewJson> reviews) {
    }

    /** One review as the API shows it (the reviewed rule text is left out; it is in the export's source). */
    record ReviewJson(long id, String fingerprint, boolean current, String reviewer, Verdict verdict, String comment,
                      java.time.Instant reviewedAt) {

        static ReviewJson of(Review review, String currentFingerprint) {
            return new ReviewJson(review.id(), review.fingerprint(), review.fingerprint().equals(currentFingerprint),
                    review.reviewer(), review.verdict(), review.comment(), review.reviewedAt());
        }
    }

    @GetMapping(path = "/api/rules/{id}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    ReviewListing list(@PathVariable String id) {
        RuleReview state = reviews.of(id).orElseThrow(() -> noRule(id));
        return listing(state, reviews.reviewsOf(id));
    }

    @PostMapping(path = "/api/rules/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewJson> add(@PathVariable String id, @RequestBody ReviewRequest request, Principal principal) {
        Review review = reviews.record(id, principal.getName(), request).orElseThrow(() -> noRule(id));
        return ResponseEntity.created(URI.create("/api/rules/" + id + "/reviews"))
                .body(ReviewJson.of(review, review.fingerprint()));
    }

    @GetMapping(path = "/api/reviews/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ReviewExport.SignOffRecord exportJson() {
        return export.record();
    }

    @GetMapping(path = "/api/reviews/export", produces = ReviewExport.TEXT_CSV)
    ResponseEntity<String> exportCsv() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ReviewExport.TEXT_CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"sign-off.csv\"")
                .body(export.csv(export.record()));
    }

    private static ReviewListing listing(RuleReview state, List<Review> all) {
        return new ReviewListing(state.ruleId(), state.fingerprint(), state.status(), state.approvals(),
                state.approvalsRequired(), all.stream().map(r -> ReviewJson.of(r, state.fingerprint())).toList());
    }

    private static ResponseStatusException noRule(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no rule " + id);
    }
}
