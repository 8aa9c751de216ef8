package org.tumorboard.navigator.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.InstantType;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.StrictJson;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case from FHIR R4 resources (a Bundle, or CDS Hooks prefetch): parsed strictly with HAPI, mapped from the mCODE
 * profiles to the case document, and read by the one strict {@link CaseReader}. Only the mapped facts come out:
 * names, identifiers, addresses and birth dates stay in the request.
 */
public final class FhirCaseReader {

    /** Largest FHIR document accepted, in bytes (a case's Bundle is a few KiB). */
    public static final int MAX_BYTES = 512 * 1024;

    private static final JsonMapper MAPPER = StrictJson.json();

    private final FhirParser parser;
    private final CaseReader reader;
    private final Clock clock;

    /**
     * @param context one per application: expensive to build, thread-safe
     * @param clock   today's date for ages where no Bundle timestamp gives the reference date
     */
    public FhirCaseReader(FhirContext context, CaseReader reader, Clock clock) {
        this.parser = new FhirParser(context);
        this.reader = reader;
        this.clock = clock;
    }

    /** A case from a FHIR Bundle in JSON. */
    public CaseFacts readBundle(byte[] json) throws InvalidCaseException {
        if (json.length > MAX_BYTES) {
            throw new FhirTooLarge();
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidCaseException("body", "not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
        if (!"Bundle".equals(tree.path("resourceType").asString(null))) {
            throw new InvalidCaseException("resourceType", "must be Bundle: send the case's resources as a FHIR R4 "
                    + "Bundle (type collection)");
        }
        List<NamedResource> resources = parser.resources(tree, "body");
        // The timestamp was checked by the strict parse above.
        JsonNode timestamp = tree.path("timestamp");
        LocalDate referenceDate = timestamp.isString()
                ? new InstantType(timestamp.asString()).getValueAsCalendar().toZonedDateTime().toLocalDate()
                : today();
        return map(resources, referenceDate);
    }

    /**
     * A case from separate resources, e.g. CDS Hooks prefetch: each tree a resource or a Bundle (a search set) and
     * named by its key in problems; ages are computed to today's date.
     */
    public CaseFacts readResources(List<Keyed> trees) throws InvalidCaseException {
        List<NamedResource> resources = new ArrayList<>();
        for (Keyed keyed : trees) {
            resources.addAll(parser.resources(keyed.tree(), keyed.key()));
        }
        return map(resources, today());
    }

    /** A resource tree and the key it came under. */
    public record Keyed(String key, JsonNode tree) {
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private CaseFacts map(List<NamedResource> resources, LocalDate referenceDate) throws InvalidCaseException {
        FactCollector facts = new FactCollector();
        new McodeMapping(facts, new References(resources), referenceDate).map(resources);
        ObjectNode tree = facts.toCase();
        try {
            return reader.read(tree);
        } catch (InvalidCaseException e) {
            List<FieldProblem> problems = e.problems().stream().map(p -> located(p, facts)).toList();
            throw tree.has("stage") ? new InvalidCaseException(problems) : new NoStage(problems);
        }
    }

    /** A case reader's problem named by the elements the value came from. */
    private static FieldProblem located(FieldProblem problem, FactCollector facts) {
        List<FactCollector.Candidate> from = facts.candidates(problem.field());
        if (from.isEmpty()) {
            return "stage".equals(problem.field())
                    ? new FieldProblem("stage", "no resource gives the stage: add an Observation with code "
                            + FhirCodes.CASE_FACTS + "|stage (valueCodeableConcept from " + FhirCodes.CASE_VALUES
                            + "), or an mCODE M category of M1")
                    : problem;
        }
        String sources = from.stream().map(FactCollector.Candidate::source).collect(Collectors.joining(", "));
        return new FieldProblem(sources, problem.field() + " " + problem.message());
    }
}
