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
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseFactRow;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Cases;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EvaluationViewTests {

    private static final CaseFacts CASE = Cases.lapc().with("pacemaker", true).with("tumorSizeCm", 3.2).build();
    private static final RuleSet RULES = TestRuleSets.starterEngine().ruleSet();

    private static Consideration consideration(String id, Modality modality, Kind kind, Integer ref) {
        return consideration(id, modality, kind, Basis.CASE, ref);
    }

    private static Consideration consideration(String id, Modality modality, Kind kind, Basis basis, Integer ref) {
        return new Consideration(id, modality, kind, basis, id + " title", "explanation",
                List.of("stage = LOCALLY_ADVANCED", "pacemaker = yes", "tumorSizeCm = 3.2"),
                List.of(new Citation(ref, ref == null ? "authors" : "Review, ref. " + ref)));
    }

    @Test
    void considerationsAreGroupedByTreatmentInOrderAndMissingInformationIsGatheredToo() {
        Evaluation evaluation = new Evaluation(Evaluation.DISCLAIMER, "v1", CASE, List.of(
                consideration("GENERAL-A", Modality.GENERAL, Kind.NOTE, null),
                consideration("IRE-A", Modality.IRE, Kind.CAUTION, 40),
                consideration("IRE-B", Modality.IRE, Kind.MISSING_INFORMATION, 40),
                consideration("TARE-A", Modality.TARE, Kind.MISSING_INFORMATION, 97)), List.of(), new TreeSet<>());
        EvaluationView view = EvaluationView.of(evaluation, RULES);
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
        ConsiderationView view = ConsiderationView.of(consideration("IRE-A", Modality.IRE, Kind.CAUTION, 40), CASE);
        assertThat(view.citations()).containsExactly(new CitationLink(40, "Review, ref. 40", "/literature#ref-40"));
        assertThat(CitationLink.of(new Citation(null, "authors")).href()).isEqualTo("/literature#review");
        assertThat(view.anchor()).isEqualTo("consideration-IRE-A");
        assertThat(view.ruleUrl()).isEqualTo("/rules/IRE-A");
        assertThat(view.kindKey()).isEqualTo("kind.CAUTION");
    }

    @Test
    void anEmptyEvaluationSaysSo() {
        EvaluationView view = EvaluationView.of(new Evaluation(Evaluation.DISCLAIMER, "v", CASE, List.of(), List.of(),
                new TreeSet<>()), RULES);
        assertThat(view.empty()).isTrue();
        assertThat(view.groups()).isEmpty();
        assertThat(view.missing()).isEmpty();
    }

    /** The board: case-specific only, cautions first, then missing facts, outcomes and notes, each by treatment. */
    @Test
    void theBoardListsTheCaseSpecificConsiderationsCautionsFirst() {
        Evaluation evaluation = new Evaluation(Evaluation.DISCLAIMER, "v1", CASE, List.of(
                consideration("GENERAL-A", Modality.GENERAL, Kind.NOTE, null),
                consideration("IRE-BACKGROUND", Modality.IRE, Kind.CAUTION, Basis.STAGE, 40),
                consideration("IRE-B", Modality.IRE, Kind.MISSING_INFORMATION, 40),
                consideration("RFA-A", Modality.RFA, Kind.CAUTION, 17),
                consideration("IRE-A", Modality.IRE, Kind.CAUTION, 40)), List.of(), new TreeSet<>());
        EvaluationView view = EvaluationView.of(evaluation, RULES);
        assertThat(view.board()).extracting(ConsiderationView::ruleId).containsExactly("IRE-A", "RFA-A", "IRE-B", "GENERAL-A");
        assertThat(view.stageCount()).isEqualTo(1);
    }

    /** Reasons are the case's facts as rows (labels and values in words), the stage left out of the one-line form. */
    @Test
    void reasonsAreTheCasesFactsAndTheLineLeavesTheStageOut() {
        ConsiderationView view = ConsiderationView.of(consideration("IRE-A", Modality.IRE, Kind.CAUTION, 40), CASE);
        assertThat(view.reasons()).extracting(CaseFactRow::field).containsExactly("stage", "pacemaker", "tumorSizeCm");
        assertThat(view.reasonsBeyondStage()).extracting(r -> r.labelKey() + "=" + r.messageKey() + "/" + r.text())
                .containsExactly("field.pacemaker=answer.YES/null", "field.tumorSizeCm=null/3.2");
        assertThat(ConsiderationView.of(new Consideration("X", Modality.IRE, Kind.NOTE, Basis.CASE, "t", "e", List.of(),
                List.of(new Citation(null, "authors"), new Citation(66, "r"), new Citation(67, "r"))), CASE).citationKeys())
                .isEqualTo("review, 66, 67");
    }
}
