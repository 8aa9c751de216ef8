package org.tumorboard.navigator.teaching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.engine.Because;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.conditions.Grounds;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.conditions.Operator;
import org.tumorboard.navigator.conditions.RuleConditions;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.results.ConditionText;
import org.tumorboard.navigator.results.WhyNot;

/**
 * A learner's predictions for a walkthrough beside the rule set's answer: which treatments the review discusses
 * for the case, which cautions specific to the case apply and which missing facts matter. The choices come from the
 * rule set: every treatment it has rules for, the cautions that can apply at the case's stage but not to every case
 * of it (stage background is no prediction), and the facts the missing-information rules that can apply ask for.
 * The cautions scored are exactly those the reveal counts as specific to the case. Nothing is stored; the picks
 * travel in the query.
 */
public final class Prediction {

    static final String TREATMENT = "treatment";
    static final String CAUTION = "caution";
    static final String MISSING = "missing";

    /** How a pick compares with the rule set. */
    public enum Verdict { HIT, MISS, FALSE_PICK, CORRECTLY_LEFT_OUT }

    /** One checkbox: its value, its label (text, or a message key), whether it is picked. */
    public record Choice(String value, String text, String labelKey, boolean picked) {
    }

    /** One line of the comparison. */
    public record Row(String value, String text, String labelKey, boolean picked, boolean engine, Verdict verdict,
               String reason) {
        public String verdictKey() {
            return "predict.verdict." + verdict.name();
        }
    }

    /** The three questions' choices (and, once submitted, the comparison rows). */
    public record Sheet(List<Choice> treatments, List<Choice> cautions, List<Choice> missing, List<Row> treatmentRows,
                 List<Row> cautionRows, List<Row> missingRows, boolean submitted) {
        public int hits(List<Row> rows) {
            return (int) rows.stream().filter(r -> r.verdict() == Verdict.HIT).count();
        }

        public int expected(List<Row> rows) {
            return (int) rows.stream().filter(Row::engine).count();
        }

        public int falsePicks() {
            return (int) List.of(treatmentRows, cautionRows, missingRows).stream().flatMap(List::stream)
                    .filter(r -> r.verdict() == Verdict.FALSE_PICK).count();
        }
    }

    private Prediction() {
    }

    /**
     * The sheet for a walkthrough's evaluation, with the picks (empty when not yet submitted). A pick that is not
     * one of the choices throws {@link IllegalArgumentException} naming its parameter.
     */
    static Sheet sheet(RuleSet ruleSet, Evaluation evaluation, Map<String, List<String>> picks, boolean submitted,
                       WhyNot why, MessageSource messages, Locale locale) {
        Function<Object[], Function<String, String>> say = args -> key -> messages.getMessage(key, args, locale);
        ConditionText text = new ConditionText(messages, locale);
        Map<String, Object> stage = Map.of(Grounds.STAGE, evaluation.caseFacts().stage());
        List<RuleInfo> reachable = ruleSet.rules().stream().filter(r -> !r.derivation())
                .filter(r -> Grounds.possible(ruleSet.conditions(), r.id(), stage)).toList();
        Set<String> treatmentValues = ruleSet.rules().stream().filter(r -> !r.derivation())
                .map(r -> r.modality()).collect(Collectors.toCollection(TreeSet::new)).stream().map(Modality::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<RuleInfo> cautions = reachable.stream().filter(r -> r.kind() == Kind.CAUTION)
                .filter(r -> !Grounds.certain(ruleSet.conditions(), r.id(), stage)).toList();
        Map<String, List<String>> askedBy = new java.util.TreeMap<>();
        reachable.stream().filter(r -> r.kind() == Kind.MISSING_INFORMATION).forEach(r ->
                unknownsAsked(ruleSet.conditions().of(r.id()).orElseThrow())
                        .forEach(f -> askedBy.computeIfAbsent(f, k -> new ArrayList<>()).add(r.id())));
        List<String> treatmentsPicked = checked(picks, TREATMENT, treatmentValues);
        List<String> cautionsPicked = checked(picks, CAUTION, cautions.stream().map(RuleInfo::id).toList());
        List<String> missingPicked = checked(picks, MISSING, askedBy.keySet());

        Map<Modality, Long> shown = evaluation.considerations().stream()
                .collect(Collectors.groupingBy(Consideration::modality, Collectors.counting()));
        List<Row> treatmentRows = treatmentValues.stream().map(m -> {
            long n = shown.getOrDefault(Modality.valueOf(m), 0L);
            return row(m, null, "modality." + m, treatmentsPicked.contains(m), n > 0, n > 0
                    ? say.apply(new Object[] {n}).apply("predict.reason.treatment")
                    : say.apply(null).apply("predict.reason.treatmentNone"));
        }).toList();
        List<Row> cautionRows = cautions.stream().map(r -> {
            boolean fired = evaluation.fired(r.id());
            String reason = fired ? text.facts(because(evaluation, r.id()), evaluation.caseFacts()) : why.verdict(r.id());
            return row(r.id(), r.title(), null, cautionsPicked.contains(r.id()), fired, reason);
        }).toList();
        List<Row> missingRows = askedBy.entrySet().stream().map(e -> {
            List<String> firedBy = e.getValue().stream().filter(evaluation::fired).toList();
            Object value = CaseField.valueOf(evaluation.caseFacts(), e.getKey());
            boolean engine = value == null && !firedBy.isEmpty();
            String treatments = firedBy.stream().map(id -> ruleSet.rule(id).orElseThrow().modality())
                    .distinct().sorted().map(m -> messages.getMessage("modality." + m.name(), null, locale))
                    .collect(Collectors.joining(", "));
            String reason = engine ? say.apply(new Object[] {treatments}).apply("predict.reason.missing")
                    : value != null ? say.apply(new Object[] {text.value(e.getKey(), value)}).apply("predict.reason.missingKnown")
                    : say.apply(null).apply("predict.reason.missingUnused");
            return row(e.getKey(), null, "field." + e.getKey(), missingPicked.contains(e.getKey()), engine, reason);
        }).toList();
        return new Sheet(choices(treatmentRows), choices(cautionRows), choices(missingRows),
                submitted ? treatmentRows : List.of(), submitted ? cautionRows : List.of(),
                submitted ? missingRows : List.of(), submitted);
    }

    /** The fields beyond the stage a fired rule's consideration rests on (its because, in order). */
    private static List<String> because(Evaluation evaluation, String ruleId) {
        return evaluation.considerations().stream().filter(c -> c.ruleId().equals(ruleId)).findFirst()
                .map(Consideration::because).orElse(List.of()).stream().map(Because::field)
                .filter(f -> !f.equals(Grounds.STAGE)).toList();
    }

    private static Row row(String value, String text, String labelKey, boolean picked, boolean engine, String reason) {
        Verdict verdict = picked ? engine ? Verdict.HIT : Verdict.FALSE_PICK : engine ? Verdict.MISS : Verdict.CORRECTLY_LEFT_OUT;
        return new Row(value, text, labelKey, picked, engine, verdict, reason);
    }

    /** A picked value that is not one of the parameter's choices for the case. */
    static final class UnknownChoice extends IllegalArgumentException {

        final String parameter;

        UnknownChoice(String parameter) {
            super(parameter + ": is not one of the choices for this case");
            this.parameter = parameter;
        }
    }

    private static List<Choice> choices(List<Row> rows) {
        return rows.stream().map(r -> new Choice(r.value(), r.text(), r.labelKey(), r.picked())).toList();
    }

    private static List<String> checked(Map<String, List<String>> picks, String parameter, Collection<String> allowed) {
        List<String> picked = picks.getOrDefault(parameter, List.of());
        for (String value : picked) {
            if (!allowed.contains(value)) {
                throw new UnknownChoice(parameter);
            }
        }
        return List.copyOf(picked);
    }

    /** The fields a missing-information rule's own conditions ask to be unknown ({@code field == null}). */
    static Set<String> unknownsAsked(RuleConditions rule) {
        Set<String> fields = new TreeSet<>();
        rule.patterns().stream().filter(p -> !p.derived() && !p.negated())
                .forEach(p -> p.constraints().forEach(c -> collectUnknowns(c.condition(), fields)));
        return fields;
    }

    private static void collectUnknowns(Condition condition, Set<String> into) {
        if (condition instanceof Condition.Comparison c && c.operator() == Operator.EQUAL && c.value() == null) {
            into.add(c.field());
        } else if (condition instanceof Condition.AllOf all) {
            all.parts().forEach(p -> collectUnknowns(p, into));
        } else if (condition instanceof Condition.AnyOf any) {
            any.parts().forEach(p -> collectUnknowns(p, into));
        }
    }
}
