package org.tumorboard.navigator.intake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case given as text parameters (a query string or a form) turned into the same tree a JSON case is, so that
 * both go through the one mapping: plain ASCII decimal numbers only, yes/no as {@code YES}, {@code NO} or
 * {@code UNKNOWN}, choices and text exactly as given. An empty value is unknown; a repeated parameter is an error.
 */
final class QueryText {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final String WHOLE_NUMBER = "must be a whole number (digits only); leave it blank if unknown";
    static final String NUMBER = "must be a number, with a point for decimals (e.g. 3.5); leave it blank if unknown";
    static final String ANSWER = "must be YES, NO or UNKNOWN";
    static final String REPEATED = "is given more than once; give it once";

    private QueryText() {
    }

    /** The parameters as a case tree; parameters that are not case fields go into it as they are. */
    static ObjectNode tree(Map<String, List<String>> parameters, List<FieldProblem> problems) {
        ObjectNode tree = NODES.objectNode();
        parameters.forEach((name, values) -> {
            if (values.size() != 1) {
                problems.add(new FieldProblem(name, REPEATED));
                return;
            }
            String text = values.get(0);
            Optional<CaseField> field = CaseField.named(name);
            if (field.isEmpty()) {
                tree.put(name, text);
            } else if (!text.isEmpty()) {
                String problem = parse(field.get(), text, tree);
                if (problem != null) {
                    problems.add(new FieldProblem(name, problem));
                }
            }
        });
        return tree;
    }

    /** Puts the field's value into the tree, or returns what is wrong with the text. */
    private static String parse(CaseField field, String text, ObjectNode tree) {
        String name = field.name();
        if (field.wholeNumber()) {
            if (!WHOLE.matcher(text).matches()) {
                return WHOLE_NUMBER;
            }
            tree.set(name, NODES.numberNode(new BigInteger(text)));
        } else if (field.decimal()) {
            if (!DECIMAL.matcher(text).matches()) {
                return NUMBER;
            }
            tree.set(name, NODES.numberNode(new BigDecimal(text)));
        } else if (field.answer()) {
            Answer answer = answer(text);
            if (answer == null) {
                return ANSWER;
            }
            tree.put(name, answer.value());
        } else {
            tree.put(name, text);
        }
        return null;
    }

    private static Answer answer(String text) {
        for (Answer answer : Answer.values()) {
            if (answer.name().equals(text)) {
                return answer;
            }
        }
        return null;
    }
}
