package org.tumorboard.navigator.intake;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One fact of a case as a result page shows it: either plain text (a number, with an optional unit) or a label
 * from the messages (a choice, yes/no, or unknown).
 *
 * @param field      the case field
 * @param text       the value as text, or null where {@code messageKey} names it
 * @param messageKey the message of the value ("stage.METASTATIC", "answer.UNKNOWN"), or null
 * @param unitKey    the message of the unit of a number, or null
 */
public record CaseFactRow(String field, String text, String messageKey, String unitKey) {

    private static final Set<String> UNITS = Set.of("age", "tumorSizeCm", "largestLiverLesionCm", "ca199");

    public String labelKey() {
        return "field." + field;
    }

    public boolean unknown() {
        return "answer.UNKNOWN".equals(messageKey);
    }

    /** Every fact of the case but its label, in the case model's order, unknown ones included. */
    public static List<CaseFactRow> rows(CaseFacts facts) {
        List<CaseFactRow> rows = new ArrayList<>();
        for (RecordComponent component : CaseFacts.class.getRecordComponents()) {
            String name = component.getName();
            if (name.equals("label")) {
                continue;
            }
            Object value = CaseQuery.valueOf(facts, component);
            if (value == null) {
                rows.add(new CaseFactRow(name, null, "answer.UNKNOWN", null));
            } else if (value instanceof Boolean b) {
                rows.add(new CaseFactRow(name, null, "answer." + Answer.of(b).name(), null));
            } else if (value instanceof Enum<?> e) {
                rows.add(new CaseFactRow(name, null, name + "." + e.name(), null));
            } else {
                rows.add(new CaseFactRow(name, CaseQuery.format(value), null,
                        UNITS.contains(name) ? "unit." + name : null));
            }
        }
        return List.copyOf(rows);
    }
}
