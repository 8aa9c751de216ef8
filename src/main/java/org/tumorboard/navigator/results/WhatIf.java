package org.tumorboard.navigator.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tumorboard.navigator.conditions.Representatives;
import org.tumorboard.navigator.engine.ConsiderationChanges;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;

/**
 * What if one fact of the case were different: for each field, the other values worth trying (its
 * {@linkplain Representatives representative values} against the rule set), each with what it would add, remove or
 * change among the considerations.
 */
public final class WhatIf {

    /** The what-if page of one change: {@code /cases/what-if?change=FIELD&to=VALUE&<the case>}. */
    public static final String PATH = "/cases/what-if";
    static final String CHANGE = "change";
    static final String TO = "to";
    /** The one case field that is no fact of the case. */
    static final String LABEL = "label";

    /** One other value of a field, with the size of its difference and the address of its what-if page. */
    public record Option(String value, String url, int added, int removed, int changed) {
        public boolean noChange() {
            return added + removed + changed == 0;
        }

        /** What it would do, in words: "adds 1", "removes 2", "changes 1", those that are not zero. */
        public List<Count> counts() {
            List<Count> counts = new ArrayList<>();
            for (Count c : List.of(new Count("whatIf.adds", added), new Count("whatIf.removes", removed),
                    new Count("whatIf.changes", changed))) {
                if (c.n() > 0) {
                    counts.add(c);
                }
            }
            return counts;
        }
    }

    /** A number of considerations a change would add, remove or change, with its message. */
    public record Count(String messageKey, int n) {
    }

    /** A field of the case, its value now and the other values worth trying. */
    public record FieldOptions(String field, String now, List<Option> options) {
        public FieldOptions {
            options = List.copyOf(options);
        }

        public String labelKey() {
            return "field." + field;
        }
    }

    /** A consideration both evaluations have, with different because-facts or basis. */
    public record Changed(ConsiderationView before, ConsiderationView after) {
    }

    /** What changing the fact does to the considerations. */
    public record Diff(List<ConsiderationView> added, List<ConsiderationView> removed, List<Changed> changed,
                       int unchanged) {
        public Diff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean none() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private WhatIf() {
    }

    /** The considerations {@code after} adds to, removes from and changes in {@code before}, in result order. */
    public static Diff diff(Evaluation before, Evaluation after) {
        ConsiderationChanges changes = ConsiderationChanges.between(before.considerations(), after.considerations());
        CaseFacts was = before.caseFacts();
        CaseFacts now = after.caseFacts();
        return new Diff(changes.added().stream().map(c -> ConsiderationView.of(c, now)).toList(),
                changes.removed().stream().map(c -> ConsiderationView.of(c, was)).toList(),
                changes.changed().stream().map(c -> new Changed(ConsiderationView.of(c.before(), was),
                        ConsiderationView.of(c.after(), now))).toList(),
                changes.unchanged());
    }

    /**
     * Every field but the label that has another value worth trying which makes a valid case and changes the
     * result, with those values (a value that changes nothing is left out).
     */
    static List<FieldOptions> options(Evaluation current, RuleEngine engine, CaseReader reader, ConditionText text) {
        CaseFacts facts = current.caseFacts();
        Map<CaseField, List<Object>> representatives = Representatives.of(engine.ruleSet().conditions());
        List<FieldOptions> fields = new ArrayList<>();
        for (CaseField field : CaseField.all()) {
            if (field.name().equals(LABEL)) {
                continue;
            }
            Object now = field.valueOf(facts);
            List<Option> options = new ArrayList<>();
            List<Object> values = representatives.containsKey(field) ? representatives.get(field)
                    : Representatives.of(field, engine.ruleSet().conditions());
            for (Object value : values) {
                if (Objects.equals(value, now)) {
                    continue;
                }
                CaseFacts changed = field.with(facts, value);
                try {
                    reader.validate(changed);
                } catch (InvalidCaseException e) {
                    continue;
                }
                Diff diff = diff(current, engine.evaluate(changed));
                if (diff.none()) {
                    continue;
                }
                options.add(new Option(text.value(field.name(), value), url(facts, field.name(), value),
                        diff.added().size(), diff.removed().size(), diff.changed().size()));
            }
            if (!options.isEmpty()) {
                fields.add(new FieldOptions(field.name(), text.value(field.name(), now), options));
            }
        }
        return fields;
    }

    /** The what-if page's address for a change of one field. */
    static String url(CaseFacts facts, String field, Object value) {
        String query = CaseQuery.of(facts);
        return PATH + "?" + CHANGE + "=" + field + "&" + TO + "=" + CaseQuery.encode(value == null ? "" : CaseQuery.format(value))
                + (query.isEmpty() ? "" : "&" + query);
    }
}
