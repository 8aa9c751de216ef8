package org.tumorboard.navigator.cdshooks;

import java.util.List;
import java.util.Optional;

/** Where the service keeps the cards it issued (uuid and treatment only) and the feedback on them. */
interface CdsFeedbackStore {

    /** Remembers that a card of this type (a treatment) was issued. */
    void issued(String cardUuid, String cardType);

    /** The type of an issued card, if this store knows it. */
    Optional<String> cardType(String cardUuid);

    /** Counts the feedback, once per card and outcome; false where it was counted before (nothing is recorded). */
    boolean record(CardFeedback feedback, String cardType);

    /** Per card type: how often accepted and overridden, by type. */
    List<FeedbackCount> counts();

    /** For maintainers: counts per card type. */
    record Counts(List<FeedbackCount> counts) {

        public Counts {
            counts = List.copyOf(counts);
        }
    }

    record FeedbackCount(String cardType, long accepted, long overridden) {
    }
}
