package org.tumorboard.navigator.rulecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How strong the scenarios (and invariants) are: of the mutants that compiled, how many a failing scenario or a
 * violated invariant killed; the score overall and per rule; every survivor as a one-line diff.
 *
 * @param stillborn mutants that did not compile (e.g. a dropped pattern whose binding the consequence uses); not
 *                  counted
 * @param rebuilds  how often the rule base had to be rebuilt whole because an incremental change failed
 */
public record MutationReport(int mutants, int killedByScenarios, int killedByInvariants, int stillborn, int rebuilds,
                             List<RuleScore> rules, List<Mutant> survivors) {

    /** The score the shipped rule set must reach ({@code mvn verify} checks it). */
    public static final double REQUIRED = 0.9;

    public MutationReport {
        rules = List.copyOf(rules);
        survivors = List.copyOf(survivors);
    }

    public record RuleScore(String ruleId, int mutants, int killed) {
        public double score() {
            return mutants == 0 ? 1.0 : (double) killed / mutants;
        }
    }

    /** Killed mutants over mutants that compiled. */
    public double score() {
        int live = mutants - stillborn;
        return live == 0 ? 1.0 : (double) (killedByScenarios + killedByInvariants) / live;
    }

    public boolean ok() {
        return score() >= REQUIRED;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (RuleScore rule : rules) {
            lines.add(String.format(Locale.ROOT, "%-52s %3d/%-3d %.2f", rule.ruleId(), rule.killed(), rule.mutants(), rule.score()));
        }
        for (Mutant survivor : survivors) {
            lines.add("survived " + survivor.operator() + " " + survivor.ruleId() + ": " + survivor.diff());
        }
        lines.add(summary());
        return lines;
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d mutants (%d did not compile), %d killed by scenarios, %d by invariants, "
                        + "%d survived: mutation score %.3f (required %.2f)", mutants, stillborn, killedByScenarios,
                killedByInvariants, survivors.size(), score(), REQUIRED);
    }
}
