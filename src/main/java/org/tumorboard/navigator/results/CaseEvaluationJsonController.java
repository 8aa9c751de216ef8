package org.tumorboard.navigator.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.ApiController;
import org.tumorboard.navigator.web.ApiDocs;

/**
 * {@code GET /cases/evaluation.json?...}: the result page's case, same query, as the evaluation JSON of the API. The
 * query is read by the same {@link CaseReader} as the result page; a rejected one is a problem-details answer
 * listing each field, like {@code POST /api/evaluations}.
 */
@ApiController
class CaseEvaluationJsonController {

    private final CaseReader reader;
    private final EvaluationResponses responses;

    CaseEvaluationJsonController(CaseReader reader, EvaluationResponses responses) {
        this.reader = reader;
        this.responses = responses;
    }

    @Operation(summary = "Evaluate the case of a result page's query",
            description = "The case as query parameters named like the case fields; yes/no facts as YES, NO or "
                    + "UNKNOWN; a fact left out is unknown.")
    @ApiResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Evaluation.class)))
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_REQUEST,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping(path = CaseQuery.JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> evaluate(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters)
            throws InvalidCaseException {
        return responses.evaluate(reader.read(parameters));
    }
}
