package org.tumorboard.navigator.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact of a case as a page shows it: either plain text (a number, with the unit the messages give it,
 * {@code unit.<field>}, where they give one) or a label from the messages (a choice, yes/no, or unknown). The one
 * way a page writes a case fact, for the case's facts and for a consideration's reasons alike.
 *
 * @param field      the case field
 * @param text       the value as text, or null where {@code messageKey} names it
 * @param messageKey the message of the value ("stage.METASTATIC", "answer.UNKNOWN"), or null
 */
public record CaseFactRow(String field, String text, String messageKey) {

    public String labelKey() {
        return "field." + field;
    }

    /** The message of a number's unit, which the messages may not hold (a count has none). */
    public String unitKey() {
        return text == null ? null : "unit." + field;
    }

    public boolean unknown() {
        return "answer.UNKNOWN".equals(messageKey);
    }

    /** One fact of the case. */
    public static CaseFactRow of(CaseFacts facts, String name) {
        CaseField field = CaseField.named(name).orElseThrow(() -> new IllegalArgumentException("no case field " + name));
        Object value = field.valueOf(facts);
        if (value == null) {
            return new CaseFactRow(name, null, "answer.UNKNOWN");
        }
        if (value instanceof Boolean b) {
            return new CaseFactRow(name, null, "answer." + Answer.of(b).name());
        }
        if (value instanceof Enum<?> e) {
            return new CaseFactRow(name, null, name + "." + e.name());
        }
        return new CaseFactRow(name, CaseQuery.format(value), null);
    }

    /** Every fact of the case but its label, in the case model's order, unknown ones included. */
    public static List<CaseFactRow> rows(CaseFacts facts) {
        List<CaseFactRow> rows = new ArrayList<>();
        for (CaseField field : CaseField.all()) {
            if (!field.name().equals("label")) {
                rows.add(of(facts, field.name()));
            }
        }
        return List.copyOf(rows);
    }
}
