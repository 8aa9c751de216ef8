package org.tumorboard.navigator.results;

import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseFactRow;
import org.tumorboard.navigator.intake.FormSection;
import org.tumorboard.navigator.intake.CaseFormFields;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.results.EvaluationView;
import org.tumorboard.navigator.engine.RuleEngine;

/**
 * The case form ({@code /cases/new}) and its result ({@code /cases/evaluation}). The form submits with GET, so a
 * result is a bookmarkable, printable address and nothing is stored; a rejected form comes back with what was typed
 * and a message beside each field.
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

    @InitBinder("caseForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields(CaseReader.fieldNames().toArray(String[]::new));
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("sections")
    List<FormSection> sections() {
        return CaseFormFields.sections();
    }

    /** An empty form, or one filled in from the query (the "change this case" and walkthrough links). */
    @GetMapping(CaseQuery.FORM_PATH)
    String form(@ModelAttribute("caseForm") CaseForm caseForm, BindingResult result) {
        return FORM;
    }

    @GetMapping(CaseQuery.RESULT_PATH)
    String evaluate(@ModelAttribute("caseForm") CaseForm caseForm, BindingResult result,
                    @RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        CaseFacts facts = CaseSubmission.check(caseForm, result, parameters.keySet(), reader);
        if (facts == null) {
            return FORM;
        }
        Evaluation evaluation = engine.evaluate(facts);
        model.addAttribute("label", facts.label());
        model.addAttribute("facts", CaseFactRow.rows(facts));
        model.addAttribute("evaluation", EvaluationView.of(evaluation));
        model.addAttribute("resultUrl", CaseQuery.resultUrl(facts));
        model.addAttribute("jsonUrl", CaseQuery.jsonUrl(facts));
        model.addAttribute("formUrl", CaseQuery.formUrl(facts));
        model.addAllAttributes(ResultAids.of(evaluation, engine, reader, new ConditionText(messages, locale)));
        return RESULT;
    }
}
