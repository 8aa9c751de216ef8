package org.tumorboard.navigator.results;

import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.conditions.Basis;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.CitationLink;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EvaluationViewTests {

    private static Consideration consideration(String id, Modality modality, Kind kind, Integer ref) {
        return new Consideration(id, modality, kind, Basis.CASE, id + " title", "explanation", List.of(id + " = yes"),
                List.of(new Citation(ref, ref == null ? "authors" : "Review, ref. " + ref)));
    }

    @Test
    void considerationsAreGroupedByTreatmentInOrderAndMissingInformationIsGatheredToo() {
        Evaluation evaluation = new Evaluation(Evaluation.DISCLAIMER, "v1", null, List.of(
                consideration("GENERAL-A", Modality.GENERAL, Kind.NOTE, null),
                consideration("IRE-A", Modality.IRE, Kind.CAUTION, 40),
                consideration("IRE-B", Modality.IRE, Kind.MISSING_INFORMATION, 40),
                consideration("TARE-A", Modality.TARE, Kind.MISSING_INFORMATION, 97)), List.of(), new TreeSet<>());
        EvaluationView view = EvaluationView.of(evaluation);
        assertThat(view.groups()).extracting(ModalityGroup::modality)
                .containsExactly(Modality.GENERAL, Modality.IRE, Modality.TARE);
        assertThat(view.groups().get(1).considerations()).extracting(ConsiderationView::ruleId)
                .containsExactly("IRE-A", "IRE-B");
        assertThat(view.missing()).extracting(ConsiderationView::ruleId).containsExactly("IRE-B", "TARE-A");
        assertThat(view.count()).isEqualTo(4);
        assertThat(view.empty()).isFalse();
        assertThat(view.ruleSetVersion()).isEqualTo("v1");
    }

    @Test
    void citationsLinkToTheirLiteratureEntryOrToTheReview() {
        ConsiderationView view = ConsiderationView.of(consideration("IRE-A", Modality.IRE, Kind.CAUTION, 40));
        assertThat(view.citations()).containsExactly(new CitationLink(40, "Review, ref. 40", "/literature#ref-40"));
        assertThat(CitationLink.of(new Citation(null, "authors")).href()).isEqualTo("/literature#review");
        assertThat(view.anchor()).isEqualTo("consideration-IRE-A");
        assertThat(view.ruleUrl()).isEqualTo("/rules/IRE-A");
        assertThat(view.kindKey()).isEqualTo("kind.CAUTION");
    }

    @Test
    void anEmptyEvaluationSaysSo() {
        EvaluationView view = EvaluationView.of(new Evaluation(Evaluation.DISCLAIMER, "v", null, List.of(), List.of(),
                new TreeSet<>()));
        assertThat(view.empty()).isTrue();
        assertThat(view.groups()).isEmpty();
        assertThat(view.missing()).isEmpty();
    }
}
