package org.tumorboard.navigator.rulecheck;

import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;

/**
 * The result of a sweep: problems reading the invariants, and every violation with a smallest case showing it.
 */
public record SweepReport(int cases, int invariants, List<String> problems, List<Violation> violations) {

    public SweepReport {
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
    }

    /**
     * @param smallest the smallest case found that shows the violation, as case JSON in {@code json}
     * @param cases    how many library cases showed it and shrank to this case
     */
    public record Violation(String invariant, String message, CaseFacts smallest, String json, int cases) {

        public String resultUrl() {
            return CaseQuery.resultUrl(smallest);
        }
    }

    public boolean ok() {
        return problems.isEmpty() && violations.isEmpty();
    }

    /** Problems, then each violation (invariant, what happened, smallest case), then the summary line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems);
        for (Violation v : violations) {
            lines.add("violated: " + v.invariant());
            lines.add("  " + v.message() + " (" + v.cases() + " case" + (v.cases() == 1 ? "" : "s") + ")");
            lines.add("  smallest case: " + v.json());
        }
        lines.add(summary());
        return lines;
    }

    /** {@code N cases, M invariants, K violations}. */
    public String summary() {
        return cases + " cases, " + invariants + " invariants, " + (violations.size() + problems.size()) + " violations";
    }
}
