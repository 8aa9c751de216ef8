package org.tumorboard.navigator.conditions;

import java.util.List;

/**
 * One condition of a rule checked against one case: a constraint on the case's facts, or the presence (or, under
 * {@code not}, the absence) of a derived fact.
 *
 * @param factType  the pattern's fact type ({@code CaseFacts}, {@code LocallyAdvanced}, …)
 * @param negated   whether the pattern stands under {@code not}
 * @param condition the constraint on the case's facts, or null for a derived fact
 * @param derivers  for a derived fact, the ids of the rules that write it; empty otherwise
 */
public record Check(String factType, boolean negated, Condition condition, Result result, List<String> derivers) {

    /** Whether the condition holds for the case. */
    public enum Result {
        MET, FAILED,
        /** A condition the reader keeps opaque (a method call, {@code eval}): not checked here. */
        NOT_EVALUATED
    }

    public Check {
        derivers = List.copyOf(derivers);
    }

    public boolean derived() {
        return condition == null;
    }

    public boolean failed() {
        return result == Result.FAILED;
    }
}
