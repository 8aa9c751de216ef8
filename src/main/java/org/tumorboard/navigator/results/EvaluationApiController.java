package org.tumorboard.navigator.results;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.fhir.FhirTooLarge;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.ApiController;

/** {@code POST /api/evaluations}: a case in (the product's JSON, or a FHIR R4 Bundle), its evaluation out. */
@ApiController
class EvaluationApiController {

    static final String FHIR_JSON = "application/fhir+json";

    private final CaseReader reader;
    private final FhirCaseReader fhirReader;
    private final RuleEngine engine;

    EvaluationApiController(CaseReader reader, FhirCaseReader fhirReader, RuleEngine engine) {
        this.reader = reader;
        this.fhirReader = fhirReader;
        this.engine = engine;
    }

    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluate(InputStream body) throws InvalidCaseException, IOException {
        return engine.evaluate(reader.read(body));
    }

    @PostMapping(path = "/api/evaluations", consumes = FHIR_JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluateFhir(InputStream body) throws InvalidCaseException, IOException {
        byte[] bytes = body.readNBytes(FhirCaseReader.MAX_BYTES + 1);
        if (bytes.length > FhirCaseReader.MAX_BYTES) {
            throw new FhirTooLarge();
        }
        return engine.evaluate(fhirReader.readBundle(bytes));
    }
}
