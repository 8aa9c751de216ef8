package org.tumorboard.navigator.engine;

import java.util.List;

/** A rule set that cannot be used: every problem, each as {@code file:line: message} where a place is known. */
public class RuleSetException extends RuntimeException {

    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super("the rule set has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
