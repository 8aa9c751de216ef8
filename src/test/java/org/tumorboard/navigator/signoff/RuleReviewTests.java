package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule's status follows from its reviews and current fingerprint alone. */
class RuleReviewTests {

    static final String OLD = "0".repeat(64);
    static final String NOW = "1".repeat(64);

    /** Reviews written as "reviewer:VERDICT:fingerprint" (OLD or NOW), in the order they were made. */
    static List<Review> reviews(String... specs) {
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            String[] part = specs[i].split(":");
            Verdict verdict = Verdict.valueOf(part[1]);
            reviews.add(new Review(i + 1, "R", part[2].equals("OLD") ? OLD : NOW, part[0], verdict,
                    verdict == Verdict.NEEDS_CHANGE ? "what is wrong" : null, "rule", Instant.ofEpochSecond(1000 + i)));
        }
        return reviews;
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("no review", List.of(), 2, ReviewStatus.UNREVIEWED, 0),
                Arguments.of("one reviewer cannot approve alone", List.of("ann:FAITHFUL:NOW"), 2, ReviewStatus.UNREVIEWED, 1),
                Arguments.of("the same reviewer twice counts once", List.of("ann:FAITHFUL:NOW", "ann:FAITHFUL:NOW"), 2,
                        ReviewStatus.UNREVIEWED, 1),
                Arguments.of("two distinct reviewers approve", List.of("ann:FAITHFUL:NOW", "bob:FAITHFUL:NOW"), 2,
                        ReviewStatus.APPROVED, 2),
                Arguments.of("one approval is enough when the setting says 1", List.of("ann:FAITHFUL:NOW"), 1,
                        ReviewStatus.APPROVED, 1),
                Arguments.of("an open change request blocks approval",
                        List.of("ann:FAITHFUL:NOW", "bob:FAITHFUL:NOW", "cat:NEEDS_CHANGE:NOW"), 2,
                        ReviewStatus.CHANGES_REQUESTED, 2),
                Arguments.of("its author closes a change request by a later faithful verdict",
                        List.of("cat:NEEDS_CHANGE:NOW", "ann:FAITHFUL:NOW", "cat:FAITHFUL:NOW"), 2, ReviewStatus.APPROVED, 2),
                Arguments.of("a later change request replaces the reviewer's approval",
                        List.of("ann:FAITHFUL:NOW", "bob:FAITHFUL:NOW", "bob:NEEDS_CHANGE:NOW"), 2,
                        ReviewStatus.CHANGES_REQUESTED, 1),
                Arguments.of("reviews only of an earlier text", List.of("ann:FAITHFUL:OLD", "bob:FAITHFUL:OLD"), 2,
                        ReviewStatus.STALE, 0),
                Arguments.of("a change request on an earlier text is not open on today's",
                        List.of("cat:NEEDS_CHANGE:OLD", "ann:FAITHFUL:NOW", "bob:FAITHFUL:NOW"), 2, ReviewStatus.APPROVED, 2),
                Arguments.of("approvals of an earlier text do not count",
                        List.of("ann:FAITHFUL:OLD", "bob:FAITHFUL:OLD", "ann:FAITHFUL:NOW"), 2, ReviewStatus.UNREVIEWED, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void statusFollowsFromTheReviewsOfTheCurrentFingerprint(String what, List<String> history, int required,
                                                           ReviewStatus status, int approvals) {
        RuleReview state = RuleReview.derive("R", NOW, reviews(history.toArray(String[]::new)), required);
        assertThat(state.status()).as(what).isEqualTo(status);
        assertThat(state.approvals()).as(what).isEqualTo(approvals);
        assertThat(state.needsAttention()).isEqualTo(status != ReviewStatus.APPROVED);
    }

    @org.junit.jupiter.api.Test
    void theCurrentReviewsAreEachReviewersLatestAndTheLastReviewIsKeptForTheDiff() {
        RuleReview state = RuleReview.derive("R", NOW,
                reviews("bob:NEEDS_CHANGE:NOW", "ann:FAITHFUL:NOW", "bob:FAITHFUL:NOW", "cat:FAITHFUL:OLD"), 2);
        assertThat(state.reviewers()).containsExactly("ann", "bob");
        assertThat(state.current()).extracting(Review::verdict).containsOnly(Verdict.FAITHFUL);
        assertThat(state.lastReviewed()).hasValueSatisfying(r -> assertThat(r.reviewer()).isEqualTo("cat"));
        assertThat(state.firstReviewedAt()).contains(Instant.ofEpochSecond(1001));
        assertThat(state.lastReviewedAt()).contains(Instant.ofEpochSecond(1002));
    }
}
