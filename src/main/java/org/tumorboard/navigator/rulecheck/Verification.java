package org.tumorboard.navigator.rulecheck;

import org.tumorboard.navigator.scenarios.ScenarioOutcome;

import java.util.List;

/**
 * The result of checking a rules directory: rule-set problems (each one line) and every scenario's outcome.
 */
public record Verification(List<String> problems, List<ScenarioOutcome> outcomes) {

    public Verification {
        problems = List.copyOf(problems);
        outcomes = List.copyOf(outcomes);
    }

    public long passed() {
        return outcomes.stream().filter(ScenarioOutcome::passed).count();
    }

    /** Failed scenarios plus rule-set problems. */
    public long failed() {
        return problems.size() + outcomes.stream().filter(o -> !o.passed()).count();
    }

    public boolean ok() {
        return failed() == 0;
    }

    /** One line per failure, then {@code N passed, M failed}. */
    public List<String> lines() {
        var lines = new java.util.ArrayList<>(problems);
        outcomes.stream().filter(o -> !o.passed()).map(ScenarioOutcome::line).forEach(lines::add);
        lines.add(passed() + " passed, " + failed() + " failed");
        return lines;
    }
}
