package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.catalogue.Modality;

import java.util.List;
import org.tumorboard.navigator.drools.DroolsRuleBase;
import org.tumorboard.navigator.conditions.Basis;

/**
 * One rule of the rule set as its metadata describes it. A <em>derivation</em> rule writes a derived fact
 * (e.g. liver-dominant metastatic disease) for other rules to reuse; it has no modality, kind or explanation and
 * produces no consideration of its own.
 *
 * @param title   the rule's name, a readable sentence
 * @param passage the passage of the review the rule encodes (a short quote)
 * @param trials  NCT numbers of Table 5 trials the rule lists (may be empty)
 * @param file    the DRL file, relative to the rules directory, with {@code /} separators
 * @param line    the line of the file where the rule starts
 * @param drl     the rule's text as compiled, from {@code rule "..."} to its {@code end} line
 */
public record RuleInfo(
        String id,
        String title,
        Modality modality,
        Kind kind,
        String explanation,
        String passage,
        List<Citation> citations,
        List<String> trials,
        String file,
        int line,
        String drl) {

    public static final String ID = DroolsRuleBase.ID;
    public static final String REFS = "refs";
    public static final String MODALITY = "modality";
    public static final String KIND = "kind";
    public static final String EXPLANATION = "explanation";
    public static final String PASSAGE = "passage";
    public static final String TRIALS = "trials";
    public static final String DERIVED = "derived";

    public RuleInfo {
        citations = List.copyOf(citations);
        trials = List.copyOf(trials);
    }

    public boolean derivation() {
        return modality == null;
    }

    public Consideration toConsideration(List<String> because, Basis basis) {
        return new Consideration(id, modality, kind, basis, title, explanation, because, citations);
    }
}
