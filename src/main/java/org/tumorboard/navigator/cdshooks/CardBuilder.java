package org.tumorboard.navigator.cdshooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.intake.CaseQuery;

/**
 * Cards from an evaluation: one per treatment that has considerations for the case, {@code warning} where one of
 * them is a caution, else {@code info}. Which considerations a card shows is a predicate, so that considerations
 * that hold for every case of a stage can be left out once the rules say which they are; today it shows all.
 */
final class CardBuilder {

    static final String RULES_PATH = "/rules";

    private final MessageSource messages;
    private final Predicate<Consideration> shown;
    private final String reviewName;

    CardBuilder(MessageSource messages, Predicate<Consideration> shown, String reviewName) {
        this.messages = messages;
        this.shown = shown;
        this.reviewName = reviewName;
    }

    /**
     * @param hookInstance the call's id; a card's uuid is derived from it and the card's treatment
     * @param baseUrl      this server's address as the client reached it, for absolute links
     */
    List<Issued> cards(Evaluation evaluation, String hookInstance, String baseUrl) {
        Map<Modality, List<Consideration>> byModality = new LinkedHashMap<>();
        for (Consideration c : evaluation.considerations()) {
            if (shown.test(c)) {
                byModality.computeIfAbsent(c.modality(), m -> new ArrayList<>()).add(c);
            }
        }
        String resultUrl = baseUrl + CaseQuery.resultUrl(evaluation.caseFacts());
        List<Issued> cards = new ArrayList<>();
        byModality.forEach((modality, considerations) -> cards.add(new Issued(modality.name(), new Card(
                uuid(hookInstance, modality), summary(modality, considerations),
                detail(considerations, baseUrl, evaluation.disclaimer()),
                considerations.stream().anyMatch(c -> c.kind() == Kind.CAUTION) ? "warning" : "info",
                new Card.Source(reviewName + " (review), encoded by Tumor Board Navigator", baseUrl + RULES_PATH),
                List.of(Card.Link.absolute("The whole evaluation on Tumor Board Navigator", resultUrl))))));
        return cards;
    }

    /** A card and its type (the treatment it speaks about), which feedback is counted by. */
    record Issued(String type, Card card) {
    }

    /** Stable for a call and a treatment, so feedback on a card can be told by treatment. */
    static String uuid(String hookInstance, Modality modality) {
        return UUID.nameUUIDFromBytes((hookInstance + "|" + modality.name()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private String summary(Modality modality, List<Consideration> considerations) {
        long cautions = considerations.stream().filter(c -> c.kind() == Kind.CAUTION).count();
        String summary = label(modality) + ": " + considerations.size() + " point"
                + (considerations.size() == 1 ? "" : "s") + " the 2021 review reports for this case"
                + (cautions == 0 ? "" : ", " + cautions + " caution" + (cautions == 1 ? "" : "s"));
        return summary.length() <= Card.MAX_SUMMARY ? summary : summary.substring(0, Card.MAX_SUMMARY - 1) + "…";
    }

    private String detail(List<Consideration> considerations, String baseUrl, String disclaimer) {
        StringBuilder md = new StringBuilder();
        for (Consideration c : considerations) {
            md.append("**").append(c.title()).append("** (").append(kindLabel(c.kind())).append(")\n\n")
                    .append(c.explanation()).append("\n\n");
            if (!c.because().isEmpty()) {
                md.append("Because: ").append(String.join("; ", c.because())).append(". ");
            }
            md.append("Sources: ").append(c.citations().stream().map(Citation::label)
                            .collect(Collectors.joining("; ")))
                    .append(". [Rule ").append(c.ruleId()).append("](").append(baseUrl).append(RULES_PATH)
                    .append('/').append(c.ruleId()).append(")\n\n");
        }
        return md.append("---\n\n_").append(disclaimer).append("_").toString();
    }

    private String label(Modality modality) {
        return messages.getMessage("modality." + modality.name(), null, modality.name(), Locale.ROOT);
    }

    private String kindLabel(Kind kind) {
        return messages.getMessage("kind." + kind.name(), null, kind.name(), Locale.ROOT);
    }
}
