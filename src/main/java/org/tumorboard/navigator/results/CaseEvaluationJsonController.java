package org.tumorboard.navigator.results;

import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.web.ApiController;
import org.tumorboard.navigator.web.ApiDocs;

/**
 * {@code GET /cases/evaluation.json?...}: the result page's case, same query, as the evaluation JSON of the API. A
 * rejected query is a problem-details answer listing each field, like {@code POST /api/evaluations}.
 */
@ApiController
class CaseEvaluationJsonController {

    private final CaseReader reader;
    private final RuleEngine engine;
    private final MessageSource messages;

    CaseEvaluationJsonController(CaseReader reader, RuleEngine engine, MessageSource messages) {
        this.reader = reader;
        this.engine = engine;
        this.messages = messages;
    }

    @InitBinder("caseForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields(CaseReader.fieldNames().toArray(String[]::new));
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @Operation(summary = "Evaluate the case of a result page's query",
            description = "The case as query parameters named like the case fields; yes/no facts as YES, NO or "
                    + "UNKNOWN; a fact left out is unknown.")
    @ApiResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Evaluation.class)))
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_REQUEST,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping(path = CaseQuery.JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluate(@Parameter(hidden = true) @ModelAttribute("caseForm") CaseForm caseForm, BindingResult result,
                        @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) throws InvalidCaseException {
        CaseFacts facts = CaseSubmission.check(caseForm, result, parameters.keySet(), reader);
        if (facts == null) {
            throw new InvalidCaseException(problems(result));
        }
        return engine.evaluate(facts);
    }

    private List<FieldProblem> problems(BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            String message = messages.getMessage(error, Locale.ROOT);
            if (error instanceof FieldError field) {
                problems.add(new FieldProblem(field.getField(), message));
            } else {
                problems.add(new FieldProblem("query", message));
            }
        }
        return problems;
    }
}
