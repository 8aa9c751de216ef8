package org.tumorboard.navigator.results;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.conditions.Check;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.conditions.Grounds;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;

/**
 * Why and why not, for every rule of the treatments a result shows: which of its compiled conditions the case met
 * and, for a rule that did not apply, the condition that failed beside the case's value ("did not apply: Tumour
 * size 3.2 cm; the rule needs more than 4 cm"). Computed from the rule set's compiled conditions and the case.
 */
public final class WhyNot {

    /** One condition of a rule: met, failed or not checked, in words. */
    public record Line(Check.Result result, String text) {
        public String resultKey() {
            return "why.result." + result.name();
        }
    }

    /** One rule: whether it applied, the verdict in words and each of its conditions. */
    public record RuleReason(String ruleId, String title, Kind kind, boolean applied, String verdict, List<Line> lines) {
        public RuleReason {
            lines = List.copyOf(lines);
        }

        public String anchor() {
            return "why-" + ruleId;
        }

        public String ruleUrl() {
            return "/rules/" + ruleId;
        }

        public String kindKey() {
            return "kind." + kind.name();
        }
    }

    /** The rules of one treatment. */
    public record Treatment(Modality modality, List<RuleReason> rules) {
        public Treatment {
            rules = List.copyOf(rules);
        }

        public String modalityKey() {
            return "modality." + modality.name();
        }

        public long applied() {
            return rules.stream().filter(RuleReason::applied).count();
        }
    }

    private final Grounds grounds;
    private final ConditionText text;

    WhyNot(Grounds grounds, ConditionText text) {
        this.grounds = grounds;
        this.text = text;
    }

    /** Every rule of the treatments the evaluation shows, by treatment; rules that applied first. */
    static List<Treatment> forShownTreatments(RuleSet ruleSet, Evaluation evaluation, ConditionText text) {
        Set<Modality> shown = evaluation.considerations().stream().map(Consideration::modality)
                .collect(Collectors.toCollection(TreeSet::new));
        WhyNot why = new WhyNot(ruleSet.grounds(evaluation), text);
        return shown.stream().map(m -> new Treatment(m, ruleSet.rules().stream()
                        .filter(r -> r.modality() == m)
                        .map(why::reason)
                        .sorted(Comparator.comparing((RuleReason r) -> !r.applied())
                                .thenComparing(RuleReason::kind).thenComparing(RuleReason::ruleId))
                        .toList()))
                .toList();
    }

    /** Why and why not for the rules of one evaluation, in the messages' words. */
    public static WhyNot of(RuleSet ruleSet, Evaluation evaluation, org.springframework.context.MessageSource messages,
                            java.util.Locale locale) {
        return new WhyNot(ruleSet.grounds(evaluation), new ConditionText(messages, locale));
    }

    /** "did not apply: …" for a rule that did not fire, "applied: …" for one that did. */
    public String verdict(String ruleId) {
        return grounds.fired(ruleId) ? text.message("why.applied") : text.message("why.didNotApply", failure(ruleId));
    }

    RuleReason reason(RuleInfo rule) {
        boolean applied = grounds.fired(rule.id());
        List<Line> lines = grounds.checks(rule.id()).stream().map(c -> new Line(c.result(), line(c))).toList();
        return new RuleReason(rule.id(), rule.title(), rule.kind(), applied, verdict(rule.id()), lines);
    }

    /** The first condition of a rule that the case failed, with the case's value beside it. */
    String failure(String ruleId) {
        List<Check> checks = grounds.checks(ruleId);
        for (Check check : checks) {
            if (check.failed()) {
                return failure(check);
            }
        }
        return text.message(checks.stream().anyMatch(c -> c.result() == Check.Result.NOT_EVALUATED)
                ? "why.failure.notEvaluated" : "why.failure.none");
    }

    private String failure(Check check) {
        if (!check.derived()) {
            Set<String> fields = check.condition().fields();
            return text.message("why.failure", text.caseValues(fields, grounds.facts()),
                    text.requirement(check.condition(), fields.size() > 1));
        }
        if (check.negated()) {
            String by = check.derivers().stream().filter(grounds::fired).collect(Collectors.joining(", "));
            return text.message("why.failure.present", factName(check.factType()), by);
        }
        String because = check.derivers().stream().map(d -> d + ": " + failure(d)).collect(Collectors.joining(" / "));
        return text.message("why.failure.absent", factName(check.factType()), because);
    }

    private String line(Check check) {
        if (check.derived()) {
            return text.message(check.negated() ? "why.line.absent" : "why.line.derived", factName(check.factType()));
        }
        return text.message("why.line", text.requirement(check.condition(), true),
                text.caseValues(check.condition().fields(), grounds.facts()));
    }

    /** A derived fact type's name in words: {@code LiverDominantMetastatic} reads "liver dominant metastatic". */
    static String factName(String factType) {
        return factType.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
