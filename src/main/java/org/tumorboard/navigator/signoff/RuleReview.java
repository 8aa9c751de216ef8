package org.tumorboard.navigator.signoff;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;

/**
 * A rule's review state on its current fingerprint, derived from every review of the rule.
 *
 * @param current      each reviewer's latest review of the current fingerprint, by reviewer name
 * @param approvals    how many distinct reviewers' latest verdict on the current fingerprint is FAITHFUL
 * @param lastReviewed the latest review of the rule, on any fingerprint (for a stale rule: the text reviewed)
 */
public record RuleReview(
        String ruleId,
        String fingerprint,
        ReviewStatus status,
        int approvals,
        int approvalsRequired,
        List<Review> current,
        Optional<Review> lastReviewed) {

    public RuleReview {
        current = List.copyOf(current);
    }

    /**
     * The state of a rule whose fingerprint is {@code fingerprint}, given all its reviews (any order). A reviewer's
     * later verdict on the same fingerprint replaces their earlier one, so a reviewer who asked for a change closes
     * that request by judging the same text faithful.
     */
    public static RuleReview derive(String ruleId, String fingerprint, List<Review> reviews, int approvalsRequired) {
        List<Review> chronological = reviews.stream()
                .sorted(Comparator.comparing(Review::reviewedAt).thenComparingLong(Review::id)).toList();
        Map<String, Review> latest = new LinkedHashMap<>();
        chronological.stream().filter(r -> r.fingerprint().equals(fingerprint))
                .forEach(r -> latest.put(r.reviewer(), r));
        List<Review> current = latest.values().stream().sorted(Comparator.comparing(Review::reviewer)).toList();
        int approvals = (int) current.stream().filter(r -> r.verdict() == Verdict.FAITHFUL).count();
        boolean changeRequested = current.stream().anyMatch(r -> r.verdict() == Verdict.NEEDS_CHANGE);
        ReviewStatus status;
        if (chronological.isEmpty()) {
            status = ReviewStatus.UNREVIEWED;
        } else if (current.isEmpty()) {
            status = ReviewStatus.STALE;
        } else if (changeRequested) {
            status = ReviewStatus.CHANGES_REQUESTED;
        } else if (approvals >= approvalsRequired) {
            status = ReviewStatus.APPROVED;
        } else {
            status = ReviewStatus.UNREVIEWED;
        }
        Optional<Review> last = chronological.isEmpty() ? Optional.empty()
                : Optional.of(chronological.get(chronological.size() - 1));
        return new RuleReview(ruleId, fingerprint, status, approvals, approvalsRequired, current, last);
    }

    /** Every rule of the rule set with its state, in the rule set's order, from all reviews grouped by rule id. */
    public static Map<String, RuleReview> of(RuleSet ruleSet, Map<String, List<Review>> reviews, int approvalsRequired) {
        Map<String, RuleReview> all = new LinkedHashMap<>();
        for (RuleInfo rule : ruleSet.rules()) {
            all.put(rule.id(), derive(rule.id(), ruleSet.fingerprint(rule.id()).orElseThrow(),
                    reviews.getOrDefault(rule.id(), List.of()), approvalsRequired));
        }
        return all;
    }

    public List<String> reviewers() {
        return current.stream().map(Review::reviewer).toList();
    }

    public Optional<Instant> firstReviewedAt() {
        return current.stream().map(Review::reviewedAt).min(Comparator.naturalOrder());
    }

    public Optional<Instant> lastReviewedAt() {
        return current.stream().map(Review::reviewedAt).max(Comparator.naturalOrder());
    }

    /** Not approved on its current fingerprint: unreviewed, stale or with a change requested. */
    public boolean needsAttention() {
        return status != ReviewStatus.APPROVED;
    }
}
