package org.tumorboard.navigator.results;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Grounds;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseFormFields;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;

/**
 * The result page's aids, each addressed by the case's query like the result itself (nothing is stored): what one
 * changed fact would do ({@code /cases/what-if?change=FIELD&to=VALUE&…}) and the one-case handout as a PDF
 * ({@code /cases/evaluation.pdf?…}). A rejected case comes back as the case form with a message beside each field.
 */
@Controller
class CaseAidsController {

    static final String WHAT_IF = "cases/what-if";

    private final CaseReader reader;
    private final RuleEngine engine;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;

    CaseAidsController(CaseReader reader, RuleEngine engine, MessageSource messages, ITemplateEngine templates,
                       ObjectProvider<Clock> clock) {
        this.reader = reader;
        this.engine = engine;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @InitBinder("caseForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields(CaseReader.fieldNames().toArray(String[]::new));
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping(WhatIf.PATH)
    String whatIf(@ModelAttribute("caseForm") CaseForm caseForm, BindingResult result,
                  @RequestParam MultiValueMap<String, String> parameters, @RequestParam(WhatIf.CHANGE) String change,
                  @RequestParam(name = WhatIf.TO, defaultValue = "") String to, Model model, Locale locale) {
        Set<String> caseParameters = parameters.keySet().stream()
                .filter(p -> !p.equals(WhatIf.CHANGE) && !p.equals(WhatIf.TO)).collect(Collectors.toSet());
        CaseFacts facts = CaseSubmission.check(caseForm, result, caseParameters, reader);
        if (facts == null) {
            return rejected(model);
        }
        Object value;
        CaseFacts changed;
        try {
            value = WhatIf.parse(change, to);
            changed = reader.validate(WhatIf.with(facts, change, value));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (InvalidCaseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, WhatIf.TO + ": " + e.getMessage());
        }
        ConditionText text = new ConditionText(messages, locale);
        Evaluation before = engine.evaluate(facts);
        model.addAttribute("label", facts.label());
        model.addAttribute("field", change);
        model.addAttribute("from", text.value(change, Grounds.valueOf(facts, change)));
        model.addAttribute("to", text.value(change, value));
        model.addAttribute("diff", WhatIf.diff(before, engine.evaluate(changed)));
        model.addAttribute("resultUrl", CaseQuery.resultUrl(facts));
        model.addAttribute("changedUrl", CaseQuery.resultUrl(changed));
        return WHAT_IF;
    }

    @GetMapping(HandoutPdf.PATH)
    Object handout(@ModelAttribute("caseForm") CaseForm caseForm, BindingResult result,
                   @RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
                   HttpServletRequest request, HttpServletResponse response) {
        CaseFacts facts = CaseSubmission.check(caseForm, result, parameters.keySet(), reader);
        if (facts == null) {
            return rejected(model);
        }
        byte[] pdf = HandoutPdf.render(templates, engine.evaluate(facts), LocalDate.now(clock), locale, request, response);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("handout.pdf").build().toString())
                .body(pdf);
    }

    private static String rejected(Model model) {
        model.addAttribute("sections", CaseFormFields.sections());
        return CaseFormController.FORM;
    }
}
