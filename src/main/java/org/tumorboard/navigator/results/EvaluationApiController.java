package org.tumorboard.navigator.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PostMapping;
import org.tumorboard.navigator.engine.CompactEvaluation;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.fhir.FhirTooLarge;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.ApiController;
import org.tumorboard.navigator.web.ApiDocs;
import org.tumorboard.navigator.web.BodyProblemResponses;

/** {@code POST /api/evaluations}: a case in (the product's JSON, or a FHIR R4 Bundle), its evaluation out. */
@ApiController
class EvaluationApiController {

    static final String FHIR_JSON = ApiDocs.FHIR_JSON;
    static final String CASE_EXAMPLE = "{\"stage\": \"LOCALLY_ADVANCED\", \"age\": 64, \"tumorLocation\": \"HEAD\", "
            + "\"tumorSizeCm\": 3.2, \"metalBiliaryStent\": true, \"surgicalClips\": null, \"ca199\": 959}";

    private final CaseReader reader;
    private final FhirCaseReader fhirReader;
    private final RuleEngine engine;
    private final EvaluationResponses responses;

    EvaluationApiController(CaseReader reader, FhirCaseReader fhirReader, RuleEngine engine,
                            EvaluationResponses responses) {
        this.reader = reader;
        this.fhirReader = fhirReader;
        this.engine = engine;
        this.responses = responses;
    }

    @Operation(summary = "Evaluate a case: the product's JSON, or a FHIR R4 Bundle of mCODE resources",
            description = "A case in, what the 2021 review reports about it out. Unknown facts are null. A FHIR "
                    + "Bundle (application/fhir+json) is mapped as docs/fhir-and-cds-hooks.md describes; the evaluation's case "
                    + "holds only the mapped facts; conflicting resources and invalid FHIR are 400s naming "
                    + "resource and element.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CaseFacts.class),
                    examples = @ExampleObject(name = "locally advanced head tumour", value = CASE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Evaluation.class)))
    @BodyProblemResponses
    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> evaluate(@RequestHeader(name = HttpHeaders.CONTENT_ENCODING, required = false) String encoding,
                                    InputStream body) throws InvalidCaseException, IOException {
        return responses.evaluate(read(encoding, body));
    }

    private CaseFacts read(String encoding, InputStream body) throws InvalidCaseException, IOException {
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            throw new InvalidCaseException(HttpHeaders.CONTENT_ENCODING,
                    "is not supported: send the case as plain, uncompressed JSON");
        }
        return reader.read(body);
    }

    /** {@code ?view=compact}: rule ids, because facts and citation keys, for clients that hold the rule catalogue. */
    @PostMapping(path = "/api/evaluations", params = "view=compact", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CompactEvaluation evaluateCompact(@RequestHeader(name = HttpHeaders.CONTENT_ENCODING, required = false) String encoding,
                                      InputStream body) throws InvalidCaseException, IOException {
        return CompactEvaluation.of(engine.evaluate(read(encoding, body)));
    }

    /** Documented with the method above: the OpenAPI configuration adds this content type to its request body. */
    @PostMapping(path = "/api/evaluations", consumes = FHIR_JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> evaluateFhir(InputStream body) throws InvalidCaseException, IOException {
        byte[] bytes = body.readNBytes(FhirCaseReader.MAX_BYTES + 1);
        if (bytes.length > FhirCaseReader.MAX_BYTES) {
            throw new FhirTooLarge();
        }
        return responses.evaluate(fhirReader.readBundle(bytes));
    }
}
