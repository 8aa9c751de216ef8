package org.tumorboard.navigator.results;

import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PostMapping;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.ApiController;

/** {@code POST /api/evaluations}: a case in, its evaluation out. */
@ApiController
class EvaluationApiController {

    private final CaseReader reader;
    private final RuleEngine engine;

    EvaluationApiController(CaseReader reader, RuleEngine engine) {
        this.reader = reader;
        this.engine = engine;
    }

    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluate(@RequestHeader(name = HttpHeaders.CONTENT_ENCODING, required = false) String encoding,
                        InputStream body) throws InvalidCaseException, IOException {
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            throw new InvalidCaseException(HttpHeaders.CONTENT_ENCODING,
                    "is not supported: send the case as plain, uncompressed JSON");
        }
        return engine.evaluate(reader.read(body));
    }
}
