package org.tumorboard.navigator.cdshooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The web slice's feedback store: in memory; the issued-card list keeps the newest {@link #MAX_CARDS}. */
final class InMemoryCdsFeedbackStore implements CdsFeedbackStore {

    static final int MAX_CARDS = 10_000;

    private final Map<String, String> issued = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_CARDS;
        }
    });
    private final List<Stored> feedback = Collections.synchronizedList(new ArrayList<>());

    private record Stored(CardFeedback feedback, String cardType) {
    }

    @Override
    public void issued(String cardUuid, String cardType) {
        issued.put(cardUuid, cardType);
    }

    @Override
    public Optional<String> cardType(String cardUuid) {
        return Optional.ofNullable(issued.get(cardUuid));
    }

    @Override
    public boolean record(CardFeedback item, String cardType) {
        synchronized (feedback) {
            if (feedback.stream().anyMatch(s -> s.feedback().card().equals(item.card())
                    && s.feedback().outcome() == item.outcome())) {
                return false;
            }
            return feedback.add(new Stored(item, cardType));
        }
    }

    @Override
    public List<FeedbackCount> counts() {
        Map<String, long[]> counts = new TreeMap<>();
        synchronized (feedback) {
            for (Stored item : feedback) {
                long[] c = counts.computeIfAbsent(item.cardType(), t -> new long[2]);
                c[item.feedback().outcome() == CardFeedback.Outcome.ACCEPTED ? 0 : 1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new FeedbackCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
