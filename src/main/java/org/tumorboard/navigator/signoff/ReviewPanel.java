package org.tumorboard.navigator.signoff;

import java.util.List;
import org.tumorboard.navigator.diff.Diff;

/**
 * What a rule page shows of the rule's review: its fingerprint and status, the review history (newest first), the
 * discussion, and for a stale rule the line diff between the text last reviewed and today's text.
 */
public record ReviewPanel(RuleReview state, List<Review> history, List<Comment> discussion, List<Diff.Part<String>> diff) {

    public ReviewPanel {
        history = List.copyOf(history);
        discussion = List.copyOf(discussion);
        diff = List.copyOf(diff);
    }

    public String fingerprint() {
        return state.fingerprint();
    }

    public boolean stale() {
        return state.status() == ReviewStatus.STALE;
    }

    /** The first 12 hex digits, as shown beside the full fingerprint. */
    public String shortFingerprint() {
        return state.fingerprint().substring(0, 12);
    }

    public boolean current(Review review) {
        return review.fingerprint().equals(state.fingerprint());
    }
}
