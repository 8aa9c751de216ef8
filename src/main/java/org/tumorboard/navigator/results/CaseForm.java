package org.tumorboard.navigator.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private CaseForm() {
    }

    /** Puts the form's values, and its problems as a binding result, into the model. */
    static void addTo(Model model, Map<String, List<String>> parameters, List<FieldProblem> problems) {
        Map<String, String> values = values(parameters);
        BindingResult result = new MapBindingResult(values, NAME);
        for (FieldProblem problem : problems) {
            if (values.containsKey(problem.field())) {
                result.rejectValue(problem.field(), REJECTED, problem.message());
            } else {
                result.reject(REJECTED, "\"" + problem.field() + "\": " + problem.message());
            }
        }
        model.addAttribute(NAME, values);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + NAME, result);
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
