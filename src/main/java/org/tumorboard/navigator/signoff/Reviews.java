package org.tumorboard.navigator.signoff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.diff.Diff;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditHash;
import org.tumorboard.navigator.audit.AuditLog;
import org.tumorboard.navigator.audit.BoundRecords;
import org.springframework.transaction.annotation.Transactional;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.FieldProblem;

/**
 * Records reviews and discussion comments against the rules of the loaded rule set, and derives each rule's
 * status from its reviews and current fingerprint. Every review and comment is audited.
 */
@Service
public class Reviews {

    static final int MAX_TEXT = 4000;

    private final RuleEngine engine;
    private final ReviewRepository repository;
    private final AuditLog audit;
    private final ReviewProperties properties;
    private final Clock clock;

    public Reviews(RuleEngine engine, ReviewRepository repository, AuditLog audit, ReviewProperties properties,
                   Clock clock) {
        this.engine = engine;
        this.repository = repository;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A rule of the loaded rule set, with its review state; empty for an unknown id. */
    public Optional<RuleReview> of(String ruleId) {
        RuleSet ruleSet = engine.ruleSet();
        return ruleSet.fingerprint(ruleId).map(fp ->
                RuleReview.derive(ruleId, fp, repository.reviewsOf(ruleId), properties.approvalsRequired()));
    }

    /** Every rule of the loaded rule set with its review state, in the rule set's order. */
    public Map<String, RuleReview> all() {
        return RuleReview.of(engine.ruleSet(), repository.allReviews(), properties.approvalsRequired());
    }

    /** What the rule's page shows of its review; empty for an unknown id. */
    public Optional<ReviewPanel> panel(String ruleId) {
        RuleSet ruleSet = engine.ruleSet();
        Optional<String> fingerprint = ruleSet.fingerprint(ruleId);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        List<Review> reviews = repository.reviewsOf(ruleId);
        RuleReview state = RuleReview.derive(ruleId, fingerprint.get(), reviews, properties.approvalsRequired());
        List<Diff.Part<String>> diff = state.status() != ReviewStatus.STALE ? List.of()
                : Diff.lines(state.lastReviewed().orElseThrow().ruleText(),
                        ruleSet.rule(ruleId).orElseThrow().drl());
        List<Review> newestFirst = new ArrayList<>(reviews);
        java.util.Collections.reverse(newestFirst);
        return Optional.of(new ReviewPanel(state, newestFirst, repository.commentsOn(ruleId), diff));
    }

    public List<Review> reviewsOf(String ruleId) {
        return repository.reviewsOf(ruleId);
    }

    public List<Comment> commentsOn(String ruleId) {
        return repository.commentsOn(ruleId);
    }

    /**
     * Records {@code reviewer}'s verdict on the rule's current fingerprint and text. Empty for an unknown rule.
     *
     * @throws InvalidReviewException    naming {@code verdict} or {@code comment}
     * @throws StaleFingerprintException if the request names a fingerprint that is no longer the rule's
     */
    @Transactional
    public Optional<Review> record(String ruleId, String reviewer, ReviewRequest request) {
        RuleSet ruleSet = engine.ruleSet();
        Optional<RuleInfo> rule = ruleSet.rule(ruleId);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Verdict verdict = check(request);
        String fingerprint = ruleSet.fingerprint(ruleId).orElseThrow();
        if (request.fingerprint() != null && !request.fingerprint().isBlank()
                && !request.fingerprint().strip().equals(fingerprint)) {
            throw new StaleFingerprintException(ruleId, request.fingerprint().strip(), fingerprint);
        }
        String comment = blankToNull(request.comment());
        Review review = repository.add(new Review(0, ruleId, fingerprint, reviewer, verdict, comment,
                rule.get().drl(), AuditHash.micros(Instant.now(clock))));
        audit.record(reviewer, AuditAction.REVIEW, ruleId, verdict + " on " + fingerprint
                + (comment == null ? "" : ": " + comment),
                BoundRecords.bound(SignOffRecords.REVIEW, review.id(), SignOffRecords.hash(review)));
        return Optional.of(review);
    }

    /** Adds to the rule's discussion, with its audit entry in one transaction. Empty for an unknown rule. */
    @Transactional
    public Optional<Comment> comment(String ruleId, String author, String body) {
        RuleSet ruleSet = engine.ruleSet();
        Optional<String> fingerprint = ruleSet.fingerprint(ruleId);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        String text = blankToNull(body);
        if (text == null) {
            throw new InvalidReviewException(List.of(new FieldProblem("body", "required: the comment's text")));
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidReviewException(List.of(new FieldProblem("body", "at most " + MAX_TEXT + " characters")));
        }
        Comment comment = repository.add(new Comment(0, ruleId, fingerprint.get(), author, text,
                AuditHash.micros(Instant.now(clock))));
        audit.record(author, AuditAction.COMMENT, ruleId, text,
                BoundRecords.bound(SignOffRecords.COMMENT, comment.id(), SignOffRecords.hash(comment)));
        return Optional.of(comment);
    }

    private static Verdict check(ReviewRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Verdict verdict = null;
        if (request.verdict() == null || request.verdict().isBlank()) {
            problems.add(new FieldProblem("verdict", "required: FAITHFUL or NEEDS_CHANGE"));
        } else {
            try {
                verdict = Verdict.valueOf(request.verdict().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("verdict", "must be FAITHFUL or NEEDS_CHANGE"));
            }
        }
        String comment = blankToNull(request.comment());
        if (verdict == Verdict.NEEDS_CHANGE && comment == null) {
            problems.add(new FieldProblem("comment", "required when the verdict is NEEDS_CHANGE: say what is wrong"));
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            problems.add(new FieldProblem("comment", "at most " + MAX_TEXT + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReviewException(problems);
        }
        return verdict;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public int approvalsRequired() {
        return properties.approvalsRequired();
    }
}
