package org.tumorboard.navigator.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Maps a case document, already parsed to a tree, onto the case's fields one by one, by each field's type: no
 * coercion (text is never a number, a number never a boolean or text), choices by their exact names. Every field is
 * looked at, so every problem is reported at once.
 */
final class CaseTree {

    private CaseTree() {
    }

    /**
     * The field values in contract order; problems are added to {@code problems}, and a field with a problem is
     * left null.
     *
     * @param unknown the message for a name that is not a field
     */
    static Object[] values(JsonNode object, String unknown, List<FieldProblem> problems) {
        Object[] values = new Object[CaseField.all().size()];
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            Optional<CaseField> field = CaseField.named(entry.getKey());
            if (field.isEmpty()) {
                problems.add(new FieldProblem(entry.getKey(), unknown));
                continue;
            }
            JsonNode node = entry.getValue();
            if (node.isNull()) {
                continue;
            }
            Object value = value(field.get(), node);
            if (value == null) {
                problems.add(new FieldProblem(field.get().name(), field.get().expected()));
            } else {
                values[field.get().index()] = value;
            }
        }
        return values;
    }

    /** The node as the field's type, or null where it is not one. */
    private static Object value(CaseField field, JsonNode node) {
        if (field.text()) {
            return node.isString() ? node.stringValue() : null;
        }
        if (field.choice()) {
            return node.isString() ? field.constant(node.stringValue()) : null;
        }
        if (field.answer()) {
            return node.isBoolean() ? node.booleanValue() : null;
        }
        if (field.wholeNumber()) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
        }
        if (field.decimal() && node.isNumber()) {
            BigDecimal exact = node.decimalValue();
            double value = exact.doubleValue();
            return Double.isFinite(value) ? value : null;
        }
        return null;
    }
}
