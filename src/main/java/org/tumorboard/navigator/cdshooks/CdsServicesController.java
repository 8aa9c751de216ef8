package org.tumorboard.navigator.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.fhir.NoStage;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.ApiController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CDS Hooks 2.0 service: discovery, the {@code patient-view} hook answered from prefetch only, and feedback.
 * Cards report literature; they never carry suggestions or actions.
 */
@ApiController
class CdsServicesController {

    static final String PATH = "/cds-services";
    /** Largest hook or feedback request accepted, in bytes (prefetch Bundles included). */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final JsonMapper MAPPER = CaseReader.strictMapper();

    private final FhirCaseReader fhirReader;
    private final RuleEngine engine;
    private final CardBuilder cards;
    private final CdsFeedbackStore store;

    CdsServicesController(FhirCaseReader fhirReader, RuleEngine engine, CardBuilder cards, CdsFeedbackStore store) {
        this.fhirReader = fhirReader;
        this.engine = engine;
        this.cards = cards;
        this.store = store;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<CdsService>> discovery() {
        return Map.of("services", List.of(CdsService.definition()));
    }

    @PostMapping(path = PATH + "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Card.Response hook(@PathVariable String id, InputStream body)
            throws CdsRequestException, InvalidCaseException, IOException {
        knownService(id);
        HookRequest request = HookRequest.of(read(body));
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(fhirReader.readResources(request.prefetched()));
        } catch (NoStage e) {
            return new Card.Response(List.of());
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<CardBuilder.Issued> issued = cards.cards(evaluation, request.hookInstance(), base);
        issued.forEach(i -> store.issued(i.card().uuid(), i.type()));
        return new Card.Response(issued.stream().map(CardBuilder.Issued::card).toList());
    }

    @PostMapping(path = PATH + "/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> feedback(@PathVariable String id, InputStream body) throws CdsRequestException, IOException {
        knownService(id);
        List<CardFeedback> items = CardFeedback.of(read(body));
        for (int i = 0; i < items.size(); i++) {
            if (store.cardType(items.get(i).card()).isEmpty()) {
                throw CdsRequestException.badRequest("feedback[" + i + "].card", "is not a card this service issued");
            }
        }
        items.forEach(item -> store.record(item, store.cardType(item.card()).orElseThrow()));
        return ResponseEntity.ok().build();
    }

    @ExceptionHandler(CdsRequestException.class)
    ProblemDetail rejected(CdsRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.status().value() == 412 ? "Prefetch missing" : "Invalid CDS Hooks request");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }

    private static void knownService(String id) {
        if (!CdsService.ID.equals(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no CDS service " + id);
        }
    }

    private static JsonNode read(InputStream body) throws CdsRequestException, IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new CdsRequestException(HttpStatus.CONTENT_TOO_LARGE,
                    List.of(new FieldProblem("body",
                            "is larger than " + MAX_BYTES / 1024 + " KiB")));
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw CdsRequestException.badRequest("body", "is not valid JSON");
        }
    }
}
