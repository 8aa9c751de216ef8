package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tumorboard.navigator.TestDatabases;
import org.tumorboard.navigator.TestDatabases.Vendor;

/** Reviews and comments on both databases: everything written is read back as it was, per rule, oldest first. */
class ReviewRepositoryTests {

    static final String FP1 = "a".repeat(64);
    static final String FP2 = "b".repeat(64);

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void reviewsAreReadBackWithTheirFingerprintTextAndComment(Vendor vendor) {
        ReviewRepository repository = new ReviewRepository(JdbcClient.create(TestDatabases.migrated(vendor)));
        Instant t = Instant.parse("2026-03-01T10:15:30.123456Z");
        Review first = repository.add(new Review(0, "IRE-PACEMAKER", FP1, "alice", Verdict.NEEDS_CHANGE,
                "The passage says \"may not\", the title drops it; ünïcode kept.", "rule \"x\"\nwhen\nthen\nend", t));
        Review second = repository.add(new Review(0, "IRE-PACEMAKER", FP2, "bob", Verdict.FAITHFUL, null,
                "rule \"y\"\nend", t.plusSeconds(60)));
        repository.add(new Review(0, "TARE-X", FP1, "bob", Verdict.FAITHFUL, null, "rule \"z\"\nend", t));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(repository.reviewsOf("IRE-PACEMAKER")).containsExactly(first, second);
        assertThat(repository.reviewsOf("IRE-PACEMAKER").get(0).reviewedAt()).isEqualTo(t);
        assertThat(repository.allReviews()).containsOnlyKeys("IRE-PACEMAKER", "TARE-X");
        assertThat(repository.reviewsOf("NONE")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void commentsAreReadBackPerRuleOldestFirst(Vendor vendor) {
        ReviewRepository repository = new ReviewRepository(JdbcClient.create(TestDatabases.migrated(vendor)));
        Instant t = Instant.parse("2026-03-01T10:15:30Z");
        Comment a = repository.add(new Comment(0, "IRE-PACEMAKER", FP1, "alice", "Which pacemakers?", t));
        Comment b = repository.add(new Comment(0, "IRE-PACEMAKER", FP1, "carol", "All, per [40].", t.plusSeconds(1)));
        assertThat(repository.commentsOn("IRE-PACEMAKER")).containsExactly(a, b);
        assertThat(repository.commentsOn("TARE-X")).isEmpty();
    }
}
