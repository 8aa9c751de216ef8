package org.tumorboard.navigator.results;

import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.conditions.Basis;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tumorboard.navigator.catalogue.Trial;

/**
 * An evaluation as the result and walkthrough pages show it: a summary of what is specific to the case, the
 * case-specific considerations by treatment, then the stage background by treatment, the missing-information
 * ones gathered once more for their own panel, and the trials.
 *
 * @param groups      every consideration by treatment, in {@link Modality} order
 * @param caseGroups  the considerations resting on facts of the case beyond its stage ({@link Basis#CASE}), by treatment
 * @param stageGroups the considerations every case of this stage gets ({@link Basis#STAGE}), by treatment
 * @param summary     the case-specific considerations counted by kind (kinds with none left out)
 * @param missing     the {@link Kind#MISSING_INFORMATION} considerations: the unknown facts that would change the result
 */
public record EvaluationView(
        String disclaimer,
        String ruleSetVersion,
        List<ModalityGroup> groups,
        List<ModalityGroup> caseGroups,
        List<ModalityGroup> stageGroups,
        List<SummaryItem> summary,
        List<ConsiderationView> missing,
        List<Trial> trials,
        int count) {

    /** "3 cautions": how many case-specific considerations of one kind. */
    public record SummaryItem(Kind kind, int count) {
        public String messageKey() {
            return "result.summary." + kind.name();
        }
    }

    public EvaluationView {
        groups = List.copyOf(groups);
        caseGroups = List.copyOf(caseGroups);
        stageGroups = List.copyOf(stageGroups);
        summary = List.copyOf(summary);
        missing = List.copyOf(missing);
        trials = List.copyOf(trials);
    }

    public static EvaluationView of(Evaluation evaluation) {
        List<ConsiderationView> missing = evaluation.considerations().stream()
                .filter(c -> c.kind() == Kind.MISSING_INFORMATION).map(ConsiderationView::of).toList();
        List<SummaryItem> summary = evaluation.counts().get(Basis.CASE).entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> new SummaryItem(e.getKey(), e.getValue())).toList();
        return new EvaluationView(evaluation.disclaimer(), evaluation.ruleSetVersion(),
                group(evaluation, c -> true), group(evaluation, c -> c.basis() == Basis.CASE),
                group(evaluation, c -> c.basis() == Basis.STAGE), summary, missing,
                evaluation.trials(), evaluation.considerations().size());
    }

    private static List<ModalityGroup> group(Evaluation evaluation, Predicate<Consideration> which) {
        Map<Modality, List<ConsiderationView>> byModality = new LinkedHashMap<>();
        for (Consideration c : evaluation.considerations()) {
            if (which.test(c)) {
                byModality.computeIfAbsent(c.modality(), m -> new ArrayList<>()).add(ConsiderationView.of(c));
            }
        }
        return byModality.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ModalityGroup(e.getKey(), e.getValue()))
                .toList();
    }

    public boolean empty() {
        return count == 0;
    }

    /** How many considerations are stage background. */
    public int stageCount() {
        return stageGroups.stream().mapToInt(g -> g.considerations().size()).sum();
    }

    public boolean caseSpecificEmpty() {
        return caseGroups.isEmpty();
    }
}
