package org.tumorboard.navigator.results;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.web.BadParameter;
import org.tumorboard.navigator.web.Problems;
import org.tumorboard.navigator.web.PublicAddress;
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
    private final PublicAddress address;

    CaseAidsController(CaseReader reader, RuleEngine engine, MessageSource messages, ITemplateEngine templates,
                       ObjectProvider<Clock> clock, PublicAddress address) {
        this.address = address;
        this.reader = reader;
        this.engine = engine;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @GetMapping(WhatIf.PATH)
    Object whatIf(@RequestParam MultiValueMap<String, String> parameters, @RequestParam(WhatIf.CHANGE) String change,
                  @RequestParam(name = WhatIf.TO, defaultValue = "") String to, Model model, Locale locale,
                  HttpServletRequest request) {
        MultiValueMap<String, String> given = new LinkedMultiValueMap<>(parameters);
        given.remove(WhatIf.CHANGE);
        given.remove(WhatIf.TO);
        CaseFacts facts;
        try {
            facts = reader.read(given);
        } catch (InvalidCaseException e) {
            return rejected(model, given, e, request);
        }
        if (CaseField.named(change).isEmpty() || change.equals(WhatIf.LABEL)) {
            throw new BadParameter(WhatIf.CHANGE, "is not a fact of the case: give one of "
                    + String.join(", ", CaseField.names().stream().filter(n -> !n.equals(WhatIf.LABEL)).toList()));
        }
        MultiValueMap<String, String> changedQuery = new LinkedMultiValueMap<>(given);
        changedQuery.remove(change);
        if (!to.isBlank()) {
            changedQuery.add(change, to);
        }
        CaseFacts changed;
        try {
            changed = reader.read(changedQuery);
        } catch (InvalidCaseException e) {
            throw new BadParameter(e.problems().stream().map(p -> new FieldProblem(WhatIf.TO,
                    p.field().equals(change) ? p.message() : p.field() + " " + p.message())).toList());
        }
        ConditionText text = new ConditionText(messages, locale);
        model.addAttribute("label", facts.label());
        model.addAttribute("field", change);
        model.addAttribute("from", text.value(change, CaseField.valueOf(facts, change)));
        model.addAttribute("to", text.value(change, CaseField.valueOf(changed, change)));
        model.addAttribute("diff", WhatIf.diff(engine.evaluate(facts), engine.evaluate(changed)));
        model.addAttribute("resultUrl", CaseQuery.resultUrl(facts));
        model.addAttribute("changedUrl", CaseQuery.resultUrl(changed));
        return WHAT_IF;
    }

    @GetMapping(HandoutPdf.PATH)
    Object handout(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
                   HttpServletRequest request, HttpServletResponse response) {
        CaseFacts facts;
        try {
            facts = reader.read(parameters);
        } catch (InvalidCaseException e) {
            return rejected(model, parameters, e, request);
        }
        byte[] pdf = HandoutPdf.render(templates, engine.evaluate(facts), engine.ruleSet(),
                address.base() + CaseQuery.resultUrl(facts), LocalDate.now(clock), locale, request, response);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("handout.pdf").build().toString())
                .body(pdf);
    }

    /**
     * The case form again, with what was typed and each problem beside its field (400, as the result page); problem
     * details for a client that is not a browser.
     */
    private static Object rejected(Model model, MultiValueMap<String, String> parameters, InvalidCaseException e,
                                   HttpServletRequest request) {
        return Problems.pageOrProblem(request, HttpStatus.BAD_REQUEST, "The case is not valid.", e.problems(), () -> {
            model.addAttribute("sections", CaseFormFields.sections());
            CaseForm.addTo(model, parameters, e.problems());
            return CaseFormController.FORM;
        });
    }
}
