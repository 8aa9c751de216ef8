package org.tumorboard.navigator.results;

import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumorboard.navigator.catalogue.Trial;

/**
 * An evaluation as the result and walkthrough pages show it: considerations grouped by treatment (in the
 * evaluation's order), the missing-information ones gathered once more for their own panel, and the trials.
 *
 * @param groups  one group per treatment with at least one consideration, in {@link Modality} order
 * @param missing the {@link Kind#MISSING_INFORMATION} considerations: the unknown facts that would change the result
 */
public record EvaluationView(
        String disclaimer,
        String ruleSetVersion,
        List<ModalityGroup> groups,
        List<ConsiderationView> missing,
        List<Trial> trials,
        int count) {

    public EvaluationView {
        groups = List.copyOf(groups);
        missing = List.copyOf(missing);
        trials = List.copyOf(trials);
    }

    public static EvaluationView of(Evaluation evaluation) {
        Map<Modality, List<ConsiderationView>> byModality = new LinkedHashMap<>();
        List<ConsiderationView> missing = new ArrayList<>();
        for (Consideration c : evaluation.considerations()) {
            ConsiderationView view = ConsiderationView.of(c);
            byModality.computeIfAbsent(c.modality(), m -> new ArrayList<>()).add(view);
            if (c.kind() == Kind.MISSING_INFORMATION) {
                missing.add(view);
            }
        }
        List<ModalityGroup> groups = byModality.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ModalityGroup(e.getKey(), e.getValue()))
                .toList();
        return new EvaluationView(evaluation.disclaimer(), evaluation.ruleSetVersion(), groups, missing,
                evaluation.trials(), evaluation.considerations().size());
    }

    public boolean empty() {
        return count == 0;
    }
}
