package org.tumorboard.navigator.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.catalogue.Trial;

/**
 * The result of evaluating one case: what the literature reports that bears on it. Never treatment advice, and
 * says so.
 *
 * @param trials     the trials of the review's Table 5 that the fired rules list (status as of 2021)
 * @param firedRules the ids of every rule that fired, derivation rules included (for the regression scenarios;
 *                   not part of the JSON contract); recorded only by {@link RuleEngine#trace}, null otherwise
 */
@JsonPropertyOrder({"disclaimer", "ruleSetVersion", "case", "considerations", "trials"})
public record Evaluation(
        String disclaimer,
        String ruleSetVersion,
        @JsonProperty("case") CaseFacts caseFacts,
        List<Consideration> considerations,
        List<Trial> trials,
        @JsonIgnore SortedSet<String> firedRules) {

    public static final String DISCLAIMER = "Educational prototype. Not treatment advice. It reports what a 2021 "
            + "review of the literature (Bibok et al., World J Gastroenterol) says about hypothetical cases; "
            + "it never says what a patient should receive. Decisions belong to a multidisciplinary tumour board "
            + "with the full clinical picture.";

    public Evaluation {
        considerations = List.copyOf(considerations);
        trials = List.copyOf(trials);
        firedRules = firedRules == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
    }

    /** Every rule that fired; only a traced evaluation ({@link RuleEngine#trace}) records them. */
    @Override
    @JsonIgnore
    public SortedSet<String> firedRules() {
        if (firedRules == null) {
            throw new IllegalStateException("fired rules are recorded only by RuleEngine.trace(...)");
        }
        return firedRules;
    }

    /** Whether the rule fired; only a traced evaluation ({@link RuleEngine#trace}) can tell. */
    public boolean fired(String ruleId) {
        return firedRules().contains(ruleId);
    }
}
