package org.tumorboard.navigator.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.tumorboard.navigator.intake.CaseReader;

/** Small FHIR documents for the tests: resources as JSON text, put in a Bundle. */
public final class FhirFixtures {

    public static final Path FIGURE_2 = Path.of("src/test/resources/fhir/figure-2-bundle.json");
    /** "Today" for ages computed without a Bundle timestamp. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T12:00:00Z"), ZoneOffset.UTC);

    private FhirFixtures() {
    }

    public static FhirCaseReader reader() {
        return new FhirCaseReader(FhirContext.forR4Cached(), CaseReader.withDefaultValidator(), CLOCK);
    }

    public static byte[] figure2() {
        try {
            return Files.readAllBytes(FIGURE_2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A collection Bundle of these resources. */
    public static String bundle(String... resources) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + Arrays.stream(resources).map(r -> "{\"resource\":" + r + "}").collect(Collectors.joining(","))
                + "]}";
    }

    /** An Observation of a product-own fact (code system case-facts) with one value[x] element. */
    public static String fact(String id, String code, String valueElement) {
        return """
                {"resourceType":"Observation","id":"%s","status":"final",
                 "code":{"coding":[{"system":"%s","code":"%s"}]},%s}"""
                .formatted(id, FhirCodes.CASE_FACTS, code, valueElement);
    }

    public static String stage(String id, String stage) {
        return fact(id, "stage", "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"" + FhirCodes.CASE_VALUES
                + "\",\"code\":\"" + stage + "\"}]}");
    }

    /** An Observation with a LOINC or SNOMED code and one value[x] element. */
    public static String observation(String id, String system, String code, String valueElement) {
        return """
                {"resourceType":"Observation","id":"%s","status":"final",
                 "code":{"coding":[{"system":"%s","code":"%s"}]},%s}"""
                .formatted(id, system, code, valueElement);
    }

    public static String ca199(String id, String value) {
        return observation(id, FhirCodes.LOINC, "24108-3", "\"valueQuantity\":{\"value\":" + value
                + ",\"system\":\"http://unitsofmeasure.org\",\"code\":\"U/mL\"}");
    }

    public static String coded(String system, String code) {
        return "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"" + system + "\",\"code\":\"" + code + "\"}]}";
    }
}
