package org.tumorboard.navigator.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.catalogue.Trial;
import org.tumorboard.navigator.conditions.Basis;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * An evaluation as the result, handout and walkthrough pages show it: a summary of what is specific to the case,
 * the board (the case-specific considerations one line each, by kind, cautions first), the same by treatment, the
 * stage background by treatment, the missing-information ones, and the trials.
 *
 * @param board       the considerations resting on facts of the case beyond its stage ({@link Basis#CASE}), by kind
 *                    (in {@link Kind} order: cautions, missing facts, outcomes, notes), then treatment
 * @param groups      every consideration by treatment, in {@link Modality} order
 * @param caseGroups  the case-specific considerations by treatment
 * @param stageGroups the considerations every case of this stage gets ({@link Basis#STAGE}), by treatment
 * @param summary     the case-specific considerations counted by kind (kinds with none left out)
 * @param missing     the {@link Kind#MISSING_INFORMATION} considerations: the unknown facts that would change the result
 */
public record EvaluationView(
        String disclaimer,
        String ruleSetVersion,
        List<ConsiderationView> board,
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
        board = List.copyOf(board);
        groups = List.copyOf(groups);
        caseGroups = List.copyOf(caseGroups);
        stageGroups = List.copyOf(stageGroups);
        summary = List.copyOf(summary);
        missing = List.copyOf(missing);
        trials = List.copyOf(trials);
    }

    /** The view of an evaluation by the rule set that made it (for the rules' passages). */
    public static EvaluationView of(Evaluation evaluation, RuleSet ruleSet) {
        CaseFacts facts = evaluation.caseFacts();
        List<ConsiderationView> all = evaluation.considerations().stream()
                .map(c -> ConsiderationView.of(c, facts, ruleSet.rule(c.ruleId()).map(RuleInfo::passage).orElse(null)))
                .toList();
        List<ConsiderationView> board = all.stream().filter(v -> v.consideration().basis() == Basis.CASE)
                .sorted(Comparator.comparing((ConsiderationView v) -> v.consideration().kind())
                        .thenComparing(v -> v.consideration().modality()))
                .toList();
        List<SummaryItem> summary = evaluation.counts().get(Basis.CASE).entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> new SummaryItem(e.getKey(), e.getValue())).toList();
        return new EvaluationView(evaluation.disclaimer(), evaluation.ruleSetVersion(), board,
                group(all, v -> true), group(all, v -> v.consideration().basis() == Basis.CASE),
                group(all, v -> v.consideration().basis() == Basis.STAGE), summary,
                all.stream().filter(v -> v.consideration().kind() == Kind.MISSING_INFORMATION).toList(),
                evaluation.trials(), all.size());
    }

    private static List<ModalityGroup> group(List<ConsiderationView> all, Predicate<ConsiderationView> which) {
        Map<Modality, List<ConsiderationView>> byModality = new LinkedHashMap<>();
        for (ConsiderationView v : all) {
            if (which.test(v)) {
                byModality.computeIfAbsent(v.consideration().modality(), m -> new ArrayList<>()).add(v);
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
        return board.isEmpty();
    }
}
