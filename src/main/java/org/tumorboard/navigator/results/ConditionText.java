package org.tumorboard.navigator.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.conditions.Operator;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.CaseQuery;

/**
 * Compiled rule conditions and case values in words, from the labels in {@code messages.properties}:
 * {@code tumorSizeCm > 4.0} reads "more than 4 cm" (or "Tumour size more than 4 cm" with its field), a case's
 * value "Tumour size 3.2 cm", an unknown one "Pacemaker unknown".
 */
public final class ConditionText {

    private final MessageSource messages;
    private final Locale locale;

    public ConditionText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String fieldLabel(String field) {
        return message("field." + field);
    }

    /** A value of a field as a page shows it: yes/no/unknown, a choice's label, a number with its unit. */
    public String value(String field, Object value) {
        if (value == null) {
            return message("why.value.unknown");
        }
        if (value instanceof Boolean b) {
            return message(b ? "why.value.yes" : "why.value.no");
        }
        if (value instanceof Enum<?> e) {
            return message(field + "." + e.name());
        }
        String unit = messages.getMessage("unit." + field, null, null, locale);
        String number = CaseQuery.format(value);
        return unit == null ? number : number + " " + unit;
    }

    /** A consideration's reasons in words: "Metal biliary stent: yes; Tumour size: 3.2 cm". */
    public String facts(List<String> fields, CaseFacts facts) {
        return fields.stream().map(f -> fieldLabel(f) + ": " + value(f, CaseField.valueOf(facts, f)))
                .collect(Collectors.joining("; "));
    }

    /** The case's values of the fields a condition reads: "Tumour size 3.2 cm; Pacemaker unknown". */
    String caseValues(Set<String> fields, CaseFacts facts) {
        return fields.stream().map(f -> fieldLabel(f) + " " + value(f, CaseField.valueOf(facts, f)))
                .collect(Collectors.joining("; "));
    }

    /** What a condition requires, with its field's label, or without it where it reads one field only. */
    String requirement(Condition condition, boolean withField) {
        if (condition instanceof Condition.Comparison c) {
            String phrase = comparison(c);
            return withField ? fieldLabel(c.field()) + " " + phrase : phrase;
        }
        if (condition instanceof Condition.AnyOf any) {
            String field = oneField(any.parts());
            if (field != null) {
                String phrase = any.parts().stream().map(p -> comparison((Condition.Comparison) p))
                        .collect(Collectors.joining(message("why.or")));
                return withField ? fieldLabel(field) + " " + phrase : phrase;
            }
            return any.parts().stream().map(p -> "(" + requirement(p, true) + ")")
                    .collect(Collectors.joining(message("why.or")));
        }
        if (condition instanceof Condition.AllOf all) {
            return all.parts().stream().map(p -> requirement(p, true)).collect(Collectors.joining(message("why.and")));
        }
        if (condition instanceof Condition.Not not) {
            return message("why.not", requirement(not.part(), true));
        }
        return message("why.opaque", ((Condition.Opaque) condition).expression());
    }

    /** The field every part compares with equality, or null. */
    private static String oneField(List<Condition> parts) {
        String field = null;
        for (Condition part : parts) {
            if (!(part instanceof Condition.Comparison c) || c.operator() != Operator.EQUAL
                    || (field != null && !field.equals(c.field()))) {
                return null;
            }
            field = c.field();
        }
        return field;
    }

    private String comparison(Condition.Comparison c) {
        if (c.value() == null && !c.operator().ordering()) {
            return message(c.operator() == Operator.EQUAL ? "why.value.unknown" : "why.known");
        }
        return message("why.op." + c.operator().name(), value(c.field(), c.value()));
    }
}
