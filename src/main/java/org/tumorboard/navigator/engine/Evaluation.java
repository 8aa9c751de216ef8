package org.tumorboard.navigator.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.catalogue.Trial;
import org.tumorboard.navigator.conditions.Basis;

/**
 * The result of evaluating one case: what the literature reports that bears on it. Never treatment advice, and
 * says so.
 *
 * The JSON also carries {@link #counts()}: the considerations by basis and kind.
 *
 * @param trials     the trials of the review's Table 5 that the fired rules list (status as of 2021)
 * @param firedRules the ids of every rule that fired, derivation rules included (for the regression scenarios;
 *                   not part of the JSON contract)
 */
@JsonPropertyOrder({"disclaimer", "ruleSetVersion", "case", "counts", "considerations", "trials"})
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
        firedRules = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
    }

    public boolean fired(String ruleId) {
        return firedRules.contains(ruleId);
    }

    /** How many considerations of each kind rest on the case ({@link Basis#CASE}) and on the stage alone, zeros included. */
    @JsonProperty("counts")
    public Map<Basis, Map<Kind, Integer>> counts() {
        Map<Basis, Map<Kind, Integer>> counts = new EnumMap<>(Basis.class);
        for (Basis basis : Basis.values()) {
            Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                byKind.put(kind, 0);
            }
            counts.put(basis, byKind);
        }
        considerations.forEach(c -> counts.get(c.basis()).merge(c.kind(), 1, Integer::sum));
        return counts;
    }
}
