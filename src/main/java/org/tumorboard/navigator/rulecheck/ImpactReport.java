package org.tumorboard.navigator.rulecheck;

import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;

/**
 * What changing one rule set into another changes: per rule, in how many compared cases it newly applies or no
 * longer applies; per changed case, the considerations added, removed or changed.
 *
 * @param compared how many cases were evaluated with both rule sets (scenario cases and the generated library)
 */
public record ImpactReport(String before, String after, int compared, int libraryCases, List<RuleChange> rules,
                           List<CaseChange> cases) {

    public ImpactReport {
        rules = List.copyOf(rules);
        cases = List.copyOf(cases);
    }

    /** A rule that applies in a different set of cases. */
    public record RuleChange(String ruleId, int newlyApplies, int noLongerApplies) {
    }

    /**
     * One case whose considerations differ.
     *
     * @param source    {@code scenario NAME} or {@code library #N}
     * @param resultUrl the case's result page
     */
    public record CaseChange(String source, CaseFacts caseFacts, String resultUrl, List<ConsiderationChange> changes) {
        public CaseChange {
            changes = List.copyOf(changes);
        }

        CaseChange(String source, CaseFacts caseFacts, List<ConsiderationChange> changes) {
            this(source, caseFacts, CaseQuery.resultUrl(caseFacts), changes);
        }
    }

    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * A consideration added, removed or changed.
     *
     * @param differences for a changed one, what differs: kind, title, explanation, because, citations, modality
     */
    public record ConsiderationChange(Change change, String ruleId, List<String> differences, Consideration before,
                                      Consideration after) {
        public ConsiderationChange {
            differences = List.copyOf(differences);
        }

        /** The consideration as it is after the change, or as it was for a removed one. */
        public Consideration shown() {
            return after != null ? after : before;
        }
    }

    /** {@code N cases compared, M changed}. */
    public String summary() {
        return compared + " cases compared, " + cases.size() + " changed";
    }

    /** The report as text: the rule sets, one line per changed rule, each changed case, then the summary. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("rule set " + before + " -> " + after + " (" + compared + " cases: the scenarios' and "
                + libraryCases + " generated)");
        for (RuleChange rule : rules) {
            lines.add("rule " + rule.ruleId() + ": newly applies in " + rule.newlyApplies() + ", no longer applies in "
                    + rule.noLongerApplies());
        }
        for (CaseChange c : cases) {
            lines.add("case " + c.source() + ": " + c.resultUrl());
            for (ConsiderationChange change : c.changes()) {
                Consideration shown = change.shown();
                String sign = switch (change.change()) {
                    case ADDED -> "+";
                    case REMOVED -> "-";
                    case CHANGED -> "~";
                };
                lines.add("  " + sign + " " + change.ruleId() + " " + shown.kind() + ": " + shown.title()
                        + (change.differences().isEmpty() ? "" : " (" + String.join(", ", change.differences()) + " changed)"));
            }
        }
        lines.add(summary());
        return lines;
    }
}
