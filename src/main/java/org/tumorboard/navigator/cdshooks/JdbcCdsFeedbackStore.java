package org.tumorboard.navigator.cdshooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Issued cards and their feedback in the review database (H2 or PostgreSQL), so counts survive restarts. */
@Repository
class JdbcCdsFeedbackStore implements CdsFeedbackStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCdsFeedbackStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A card id is derived from the hook call and the treatment, so the same card may be issued again. */
    @Override
    public void issued(String cardUuid, String cardType) {
        if (cardType(cardUuid).isPresent()) {
            return;
        }
        try {
            jdbc.sql("insert into cds_card (uuid, card_type, issued_at) values (:uuid, :type, :at)")
                    .param("uuid", cardUuid).param("type", cardType).param("at", now()).update();
        } catch (DuplicateKeyException alreadyIssued) {
            // issued concurrently by another request or instance: the card is known either way
        }
    }

    @Override
    public Optional<String> cardType(String cardUuid) {
        return jdbc.sql("select card_type from cds_card where uuid = :uuid").param("uuid", cardUuid)
                .query(String.class).optional();
    }

    @Override
    @Transactional
    public boolean record(CardFeedback feedback, String cardType) {
        if (jdbc.sql("select count(*) from cds_feedback where card_uuid = :card and outcome = :outcome")
                .param("card", feedback.card()).param("outcome", feedback.outcome().name()).query(Long.class)
                .single() > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                        insert into cds_feedback (card_uuid, card_type, outcome, outcome_at, reason_system, reason_code,
                                                  recorded_at)
                        values (:card, :type, :outcome, :outcomeAt, :reasonSystem, :reasonCode, :at)""")
                .param("card", feedback.card()).param("type", cardType).param("outcome", feedback.outcome().name())
                .param("outcomeAt", feedback.at().atOffset(ZoneOffset.UTC))
                .param("reasonSystem", feedback.reasonSystem()).param("reasonCode", feedback.reasonCode())
                .param("at", now()).update();
            return true;
        } catch (DuplicateKeyException countedConcurrently) {
            return false;
        }
    }

    @Override
    public List<FeedbackCount> counts() {
        return jdbc.sql("""
                        select card_type,
                               sum(case when outcome = 'ACCEPTED' then 1 else 0 end) as accepted,
                               sum(case when outcome = 'OVERRIDDEN' then 1 else 0 end) as overridden
                        from cds_feedback group by card_type order by card_type""")
                .query((rs, row) -> new FeedbackCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
