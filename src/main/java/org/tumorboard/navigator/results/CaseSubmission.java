package org.tumorboard.navigator.results;

import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;

import java.util.Collection;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * Checks a submitted case form the same way for the result page and its JSON twin: unknown parameters are
 * rejected (a typo must not silently become "unknown"), type errors come from binding, and ranges and the required
 * stage come from {@link CaseReader#validate}, the one set of rules the API uses too.
 */
final class CaseSubmission {

    static final String UNKNOWN_PARAMETER = "case.unknownParameter";
    /** Error code of the case reader's problems; no message has it, so the reader's own text is shown. */
    static final String INVALID = "case.rejected";

    private CaseSubmission() {
    }

    /** The validated case, or null with every problem added to {@code result}. */
    static CaseFacts check(CaseForm form, BindingResult result, Collection<String> parameterNames,
                           CaseReader reader) {
        List<String> allowed = CaseReader.fieldNames();
        parameterNames.stream().filter(name -> !allowed.contains(name)).sorted().forEach(name ->
                result.reject(UNKNOWN_PARAMETER, new Object[] {name, String.join(", ", allowed)},
                        "unknown parameter " + name));
        CaseFacts facts = form.toCaseFacts();
        try {
            reader.validate(facts);
        } catch (InvalidCaseException e) {
            for (FieldProblem problem : e.problems()) {
                if (!allowed.contains(problem.field())) {
                    result.reject(INVALID, problem.toString());
                } else if (!result.hasFieldErrors(problem.field())) {
                    result.rejectValue(problem.field(), INVALID, problem.message());
                }
            }
        }
        return result.hasErrors() ? null : facts;
    }
}
