package org.tumorboard.navigator.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.conditions.Basis;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Cases;

class CardBuilderTests {

    private static final CaseFacts CASE = Cases.metastatic().with("pacemaker", true).build();

    private static Consideration consideration(String id, Modality modality, Kind kind, String title) {
        return new Consideration(id, modality, kind, Basis.CASE, title, "What the review reports.", List.of("pacemaker = yes"),
                List.of(new Citation(40, "Review, ref. 40")));
    }

    private static Evaluation evaluation(Consideration... considerations) {
        return new Evaluation(Evaluation.DISCLAIMER, "v1", CASE, List.of(considerations), List.of(), new java.util.TreeSet<>());
    }

    private static CardBuilder builder(java.util.function.Predicate<Consideration> shown) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("modality.IRE", java.util.Locale.ROOT, "IRE");
        return new CardBuilder(messages, shown, "Bibok et al., 2021");
    }

    @Test
    void oneCardPerTreatmentWarningWhereACautionIsAmongItsConsiderations() {
        List<CardBuilder.Issued> cards = builder(c -> true).cards(evaluation(
                consideration("A", Modality.IRE, Kind.CAUTION, "A caution"),
                consideration("B", Modality.IRE, Kind.EVIDENCE, "Outcomes"),
                consideration("C", Modality.TACE, Kind.NOTE, "Context")), "hook-1", "https://tb.example");

        assertThat(cards).extracting(CardBuilder.Issued::type).containsExactly("IRE", "TACE");
        assertThat(cards).extracting(i -> i.card().indicator()).containsExactly("warning", "info");
        assertThat(cards.get(0).card().summary()).isEqualTo("IRE: 2 points the 2021 review reports for this case, 1 caution");
        assertThat(cards.get(0).card().detail()).contains("**A caution**", "Review, ref. 40",
                "(https://tb.example/rules/A)", Evaluation.DISCLAIMER);
        assertThat(cards.get(0).card().links().get(0).url())
                .isEqualTo("https://tb.example/cases/evaluation?stage=METASTATIC&pacemaker=YES");
        assertThat(cards.get(0).card().uuid()).isEqualTo(CardBuilder.uuid("hook-1", Modality.IRE))
                .isNotEqualTo(CardBuilder.uuid("hook-2", Modality.IRE));
    }

    @Test
    void theCardsShowOnlyWhatThePredicateLetsThrough() {
        List<CardBuilder.Issued> cards = builder(c -> c.kind() != Kind.EVIDENCE).cards(evaluation(
                consideration("A", Modality.IRE, Kind.EVIDENCE, "Outcomes"),
                consideration("C", Modality.TACE, Kind.NOTE, "Context")), "hook-1", "https://tb.example");

        assertThat(cards).extracting(CardBuilder.Issued::type).containsExactly("TACE");
    }

    @Test
    void aSummaryStaysUnder140Characters() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("modality.IRE", java.util.Locale.ROOT, "I".repeat(200));
        List<CardBuilder.Issued> cards = new CardBuilder(messages, c -> true, "Review")
                .cards(evaluation(consideration("A", Modality.IRE, Kind.NOTE, "t")), "h", "https://tb.example");

        assertThat(cards.get(0).card().summary()).hasSize(Card.MAX_SUMMARY).endsWith("…");
    }
}
