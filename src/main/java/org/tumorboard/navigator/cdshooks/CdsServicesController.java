package org.tumorboard.navigator.cdshooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.tumorboard.navigator.web.Problems;
import org.tumorboard.navigator.web.PublicAddress;
import org.tumorboard.navigator.web.RateLimits;
import org.tumorboard.navigator.intake.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.fhir.NoStage;
import org.tumorboard.navigator.intake.StrictJson;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.web.ApiController;
import org.tumorboard.navigator.web.ApiDocs;
import org.tumorboard.navigator.web.BodyProblemResponses;
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
    /** Feedback calls one client address may make a minute, and items one call may carry. */
    static final int FEEDBACK_CALLS = 60;
    static final int MAX_FEEDBACK_ITEMS = 100;

    static final String HOOK_EXAMPLE = "{\"hook\": \"patient-view\", \"hookInstance\": "
            + "\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {\"userId\": \"Practitioner/example\", "
            + "\"patientId\": \"example\"}, \"prefetch\": {\"patient\": null, \"conditions\": null, "
            + "\"observations\": null}}";
    static final String FEEDBACK_EXAMPLE = "{\"feedback\": [{\"card\": \"8748e512-2df9-36fe-98bc-d5906dd746dc\", "
            + "\"outcome\": \"overridden\", \"outcomeTimestamp\": \"2021-07-21T09:06:30.52Z\"}]}";

    private static final JsonMapper MAPPER = StrictJson.json();

    private final FhirCaseReader fhirReader;
    private final RuleEngine engine;
    private final CardBuilder cards;
    private final CdsFeedbackStore store;
    private final PublicAddress address;
    private final RateLimits feedbackCalls = new RateLimits(FEEDBACK_CALLS, Duration.ofMinutes(1));

    CdsServicesController(FhirCaseReader fhirReader, RuleEngine engine, CardBuilder cards, CdsFeedbackStore store,
                          PublicAddress address) {
        this.fhirReader = fhirReader;
        this.engine = engine;
        this.cards = cards;
        this.store = store;
        this.address = address;
    }

    @Operation(summary = "CDS Hooks discovery: the one service, on patient-view, with its prefetch templates")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    CdsService.Discovery discovery() {
        return new CdsService.Discovery(List.of(CdsService.definition()));
    }

    @Operation(summary = "The patient-view hook: cards from the prefetched mCODE resources",
            description = "One card per treatment with considerations; never suggestions or actions.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "A CDS Hooks 2.0 request: hook, hookInstance, context.patientId, prefetch"),
                    examples = @ExampleObject(name = "no data for this patient", value = HOOK_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The cards (an empty list where the prefetch gives no stage)")
    @BodyProblemResponses
    @ApiResponse(responseCode = "412", description = "A required prefetch key was not sent; this service never "
            + "queries the FHIR server (CDS Hooks 2.0: Precondition Failed)",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
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
        List<CardBuilder.Issued> issued = cards.cards(evaluation, request.hookInstance(), address.base());
        issued.forEach(i -> store.issued(i.card().uuid(), i.type()));
        return new Card.Response(issued.stream().map(CardBuilder.Issued::card).toList());
    }

    @Operation(summary = "CDS Hooks feedback: accepted or overridden, on cards this service issued",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "{feedback: [{card, outcome, outcomeTimestamp, overrideReason?}]}"),
                    examples = @ExampleObject(name = "overridden", value = FEEDBACK_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Recorded: how many items counted, and which were not counted "
            + "again (each issued card counts at most once per outcome)")
    @ApiResponse(responseCode = "429", description = "Too many feedback calls from this address; try again later",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @BodyProblemResponses
    @PostMapping(path = PATH + "/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    FeedbackReceipt feedback(@PathVariable String id, InputStream body, HttpServletRequest request)
            throws CdsRequestException, IOException {
        knownService(id);
        if (!feedbackCalls.allow(request.getRemoteAddr())) {
            throw new CdsRequestException(HttpStatus.TOO_MANY_REQUESTS, List.of(new FieldProblem("feedback",
                    "too many feedback calls from this address: at most " + FEEDBACK_CALLS + " a minute")));
        }
        List<CardFeedback> items = CardFeedback.of(read(body));
        if (items.size() > MAX_FEEDBACK_ITEMS) {
            throw CdsRequestException.badRequest("feedback", "at most " + MAX_FEEDBACK_ITEMS + " items in one call");
        }
        for (int i = 0; i < items.size(); i++) {
            if (store.cardType(items.get(i).card()).isEmpty()) {
                throw CdsRequestException.badRequest("feedback[" + i + "].card", "is not a card this service issued");
            }
        }
        int counted = 0;
        List<FeedbackReceipt.Ignored> ignored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CardFeedback item = items.get(i);
            if (store.record(item, store.cardType(item.card()).orElseThrow())) {
                counted++;
            } else {
                ignored.add(new FeedbackReceipt.Ignored("feedback[" + i + "]",
                        "not counted again: each issued card counts once per outcome"));
            }
        }
        return new FeedbackReceipt(counted, ignored);
    }

    /** What a feedback call counted, and the items it did not count again. */
    record FeedbackReceipt(int counted, List<Ignored> ignored) {

        record Ignored(String item, String reason) {
        }
    }

    @ExceptionHandler(CdsRequestException.class)
    ProblemDetail rejected(CdsRequestException e) {
        return Problems.problem(e.status(), null, e.status().value() == 412 ? "Prefetch missing"
                : "Invalid CDS Hooks request", e.getMessage(), e.problems());
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
