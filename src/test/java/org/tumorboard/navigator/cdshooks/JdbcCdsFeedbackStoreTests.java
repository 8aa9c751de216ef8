package org.tumorboard.navigator.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tumorboard.navigator.TestDatabases;
import org.tumorboard.navigator.TestDatabases.Vendor;

/** CDS Hooks feedback on both databases: issued cards are remembered, feedback is counted per card type and kept. */
class JdbcCdsFeedbackStoreTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private static CardFeedback feedback(String card, CardFeedback.Outcome outcome) {
        return new CardFeedback(card, outcome, Instant.parse("2026-11-24T11:59:00Z"), null, null);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void feedbackIsCountedPerCardTypeAndOutlivesTheStore(Vendor vendor) {
        DataSource db = TestDatabases.migrated(vendor);
        CdsFeedbackStore store = new JdbcCdsFeedbackStore(JdbcClient.create(db), CLOCK);
        store.issued("card-ire", "IRE");
        store.issued("card-ire", "IRE");
        store.issued("card-tare", "TARE");
        store.record(feedback("card-ire", CardFeedback.Outcome.ACCEPTED), "IRE");
        store.record(feedback("card-ire", CardFeedback.Outcome.OVERRIDDEN), "IRE");
        store.record(feedback("card-tare", CardFeedback.Outcome.OVERRIDDEN), "TARE");

        CdsFeedbackStore reopened = new JdbcCdsFeedbackStore(JdbcClient.create(db), CLOCK);
        assertThat(reopened.cardType("card-ire")).contains("IRE");
        assertThat(reopened.cardType("never-issued")).isEmpty();
        assertThat(reopened.counts()).containsExactly(
                new CdsFeedbackStore.FeedbackCount("IRE", 1, 1),
                new CdsFeedbackStore.FeedbackCount("TARE", 0, 1));
    }
}
