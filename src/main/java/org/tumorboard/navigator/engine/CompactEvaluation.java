package org.tumorboard.navigator.engine;

import java.util.List;
import org.tumorboard.navigator.catalogue.Trial;
import org.tumorboard.navigator.conditions.Basis;

/**
 * An evaluation for clients that already hold the rule catalogue ({@code GET /api/rules}): per consideration only
 * its rule id, its basis, its {@code because} facts and its citation keys ({@code ref-66}, or {@code review} for the review
 * authors' own statement, as on the literature page); the trials as NCT numbers.
 */
public record CompactEvaluation(String disclaimer, String ruleSetVersion, List<Item> considerations,
                                List<String> trials) {

    /** One consideration: which rule, whether it rests on the case or the stage alone, why, its citations' keys. */
    public record Item(String ruleId, Basis basis, List<String> because, List<String> citations) {
    }

    public static CompactEvaluation of(Evaluation evaluation) {
        return new CompactEvaluation(evaluation.disclaimer(), evaluation.ruleSetVersion(),
                evaluation.considerations().stream().map(c -> new Item(c.ruleId(), c.basis(), c.because(),
                        c.citations().stream().map(k -> CitationLink.anchor(k.reviewRef())).toList())).toList(),
                evaluation.trials().stream().map(Trial::nct).toList());
    }
}
