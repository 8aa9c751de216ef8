package org.tumorboard.navigator.results;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseFormFields;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.FormSection;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

/**
 * The case form ({@code /cases/new}) and its result ({@code /cases/evaluation}). The form submits with GET, so a
 * result is a bookmarkable, printable address and nothing is stored; a rejected form comes back with what was typed
 * and a message beside each field. The query is read by the same {@link CaseReader} as every other door.
 */
@Controller
class CaseFormController {

    static final String FORM = "cases/form";
    static final String RESULT = "cases/result";

    private final CaseReader reader;
    private final RuleEngine engine;
    private final MessageSource messages;

    CaseFormController(CaseReader reader, RuleEngine engine, MessageSource messages) {
        this.reader = reader;
        this.engine = engine;
        this.messages = messages;
    }

    @ModelAttribute("sections")
    List<FormSection> sections() {
        return CaseFormFields.sections();
    }

    /** An empty form, or one filled in from the query (the "change this case" and walkthrough links). */
    @GetMapping(CaseQuery.FORM_PATH)
    String form(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        CaseForm.addTo(model, parameters, List.of());
        return FORM;
    }

    @GetMapping(CaseQuery.RESULT_PATH)
    Object evaluate(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
                    HttpServletRequest request) {
        CaseFacts facts;
        try {
            facts = reader.read(parameters);
        } catch (InvalidCaseException e) {
            return Problems.pageOrProblem(request, HttpStatus.BAD_REQUEST, "The case is not valid.", e.problems(), () -> {
                CaseForm.addTo(model, parameters, e.problems());
                return FORM;
            });
        }
        Evaluation evaluation = engine.evaluate(facts);
        model.addAttribute("label", facts.label());
        model.addAttribute("evaluation", EvaluationView.of(evaluation, engine.ruleSet()));
        model.addAttribute("resultUrl", CaseQuery.resultUrl(facts));
        model.addAttribute("jsonUrl", CaseQuery.jsonUrl(facts));
        model.addAttribute("formUrl", CaseQuery.formUrl(facts));
        model.addAllAttributes(ResultAids.of(evaluation, engine, reader, new ConditionText(messages, locale)));
        return RESULT;
    }
}
