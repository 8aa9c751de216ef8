package org.tumorboard.navigator.rulecheck;

/**
 * A small fault made in one rule's conditions.
 *
 * @param operator  what was done: {@code negate}, {@code threshold}, {@code drop-constraint}, {@code drop-pattern}
 *                  or {@code swap} (true/false/unknown)
 * @param ruleText  the rule's text with the fault, from {@code rule "..."} to {@code end}
 * @param diff      the change as one line: {@code file:line: old → new}
 */
public record Mutant(String ruleId, String operator, String ruleText, String diff) {
}
