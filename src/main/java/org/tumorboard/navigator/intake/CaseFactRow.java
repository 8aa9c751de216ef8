package org.tumorboard.navigator.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One fact of a case as a result page shows it: either plain text (a number, with an optional unit) or a label
 * from the messages (a choice, yes/no, or unknown).
 *
 * @param field      the case field
 * @param text       the value as text, or null where {@code messageKey} names it
 * @param messageKey the message of the value ("stage.METASTATIC", "answer.UNKNOWN"), or null
 * @param unitKey    the message of the unit of a number ({@code unit.<field>}), or null where there is no such
 *                   message: a number has a unit exactly where the messages give it one
 */
public record CaseFactRow(String field, String text, String messageKey, String unitKey) {

    public String labelKey() {
        return "field." + field;
    }

    public boolean unknown() {
        return "answer.UNKNOWN".equals(messageKey);
    }

    /**
     * Every fact of the case but its label, in the case model's order, unknown ones included.
     *
     * @param hasMessage whether the messages hold a key (to find the units)
     */
    public static List<CaseFactRow> rows(CaseFacts facts, Predicate<String> hasMessage) {
        List<CaseFactRow> rows = new ArrayList<>();
        for (CaseField field : CaseField.all()) {
            String name = field.name();
            if (name.equals("label")) {
                continue;
            }
            Object value = field.valueOf(facts);
            if (value == null) {
                rows.add(new CaseFactRow(name, null, "answer.UNKNOWN", null));
            } else if (value instanceof Boolean b) {
                rows.add(new CaseFactRow(name, null, "answer." + Answer.of(b).name(), null));
            } else if (value instanceof Enum<?> e) {
                rows.add(new CaseFactRow(name, null, name + "." + e.name(), null));
            } else {
                String unit = "unit." + name;
                rows.add(new CaseFactRow(name, CaseQuery.format(value), null, hasMessage.test(unit) ? unit : null));
            }
        }
        return List.copyOf(rows);
    }
}
