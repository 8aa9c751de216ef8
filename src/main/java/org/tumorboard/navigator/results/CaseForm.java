package org.tumorboard.navigator.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.tumorboard.navigator.intake.Answer;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.FieldProblem;

/**
 * The case form as submitted, for drawing it again: the text given for each case field, exactly as typed, and the
 * case reader's problems beside their fields. Derived from the case's fields, so it holds nothing of its own about
 * any one of them; reading the case is the {@link org.tumorboard.navigator.intake.CaseReader}'s job alone.
 */
final class CaseForm {

    /** The model name the form template binds to. */
    static final String NAME = "caseForm";
    /** Error code of the reader's problems; no message has it, so the reader's own words are shown. */
    static final String REJECTED = "case.rejected";
    /** Error code of a missing required field, whose message reads better in the form ({@code case.required.X}). */
    static final String REQUIRED = "case.required";
    /** Error code of a contradiction, naming the other field and its value by their labels. */
    static final String CONTRADICTS = "case.contradicts";

    private CaseForm() {
    }

    /** Puts the form's values, and its problems as a binding result, into the model. */
    static void addTo(Model model, Map<String, List<String>> parameters, List<FieldProblem> problems) {
        Map<String, String> values = values(parameters);
        BindingResult result = new MapBindingResult(values, NAME);
        for (FieldProblem problem : problems) {
            if (values.containsKey(problem.field())) {
                boolean missing = values.get(problem.field()) == null && CaseField.named(problem.field())
                        .map(CaseField::required).orElse(false);
                if (problem.other() != null && values.containsKey(problem.other())) {
                    result.rejectValue(problem.field(), CONTRADICTS, new Object[] {
                            new DefaultMessageSourceResolvable("field." + problem.other()),
                            label(problem.other(), values.get(problem.other())), problem.reason()}, problem.message());
                } else {
                    result.rejectValue(problem.field(), missing ? REQUIRED : REJECTED, problem.message());
                }
            } else {
                result.reject(REJECTED, "\"" + problem.field() + "\": " + problem.message());
            }
        }
        model.addAttribute(NAME, values);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + NAME, result);
    }

    /** The label of a field's value as given: Yes/No, a choice's label, or the text itself. */
    private static Object label(String field, String text) {
        CaseField f = CaseField.named(field).orElseThrow();
        String key = f.answer() ? "answer." + text : f.choice() ? field + "." + text : null;
        return key == null ? text : new DefaultMessageSourceResolvable(new String[] {key}, text);
    }

    /** Every case field's text as given (the first, where it was given more than once); unknown by default. */
    static Map<String, String> values(Map<String, List<String>> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CaseField field : CaseField.all()) {
            List<String> given = parameters.get(field.name());
            String fallback = field.answer() ? Answer.UNKNOWN.name() : null;
            values.put(field.name(), given == null || given.isEmpty() ? fallback : given.get(0));
        }
        return values;
    }
}
