package org.tumorboard.navigator.results;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.ApiController;

/**
 * {@code GET /cases/evaluation.json?...}: the result page's case, same query, as the evaluation JSON of the API. The
 * query is read by the same {@link CaseReader} as the result page; a rejected one is a problem-details answer
 * listing each field, like {@code POST /api/evaluations}.
 */
@ApiController
class CaseEvaluationJsonController {

    private final CaseReader reader;
    private final RuleEngine engine;

    CaseEvaluationJsonController(CaseReader reader, RuleEngine engine) {
        this.reader = reader;
        this.engine = engine;
    }

    @GetMapping(path = CaseQuery.JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluate(@RequestParam MultiValueMap<String, String> parameters) throws InvalidCaseException {
        return engine.evaluate(reader.read(parameters));
    }
}
