package org.tumorboard.navigator.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tumorboard.navigator.fhir.FhirFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FHIR doors (a Bundle to {@code POST /api/evaluations}, and CDS Hooks prefetch) read numbers and JSON types as
 * strictly as the JSON door: every numeric element of a valid case, given a huge, tiny, negative-zero or spelled-out
 * value, is answered (never a 500 or a stack trace), and where it is refused, the problem names the element; an
 * element of the wrong JSON type is refused naming it; a prefetch key holding the wrong resource is refused naming
 * the key.
 */
@SpringBootTest(properties = "tumorboard.rules-dir=src/test/resources/rulesets/starter")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FhirDoorsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ODD_NUMBERS = List.of("1e400", "-1e400", "1e-400", "-0.0", "\"NaN\"",
            "\"Infinity\"", "\"1e3\"", "2147483648", "-1", "99999999999999999999999");

    @Autowired
    MockMvc mvc;

    /** The numeric elements of a case in FHIR: the Observations, each with its value element marked {@code %s}. */
    static Stream<Arguments> numbers() {
        String ca199 = FhirFixtures.observation("ca199-a", "http://loinc.org", "24108-3",
                "\"valueQuantity\":{\"value\":%s,\"system\":\"http://unitsofmeasure.org\",\"code\":\"U/mL\"}");
        String nlr = FhirFixtures.fact("nlr", "neutrophilLymphocyteRatio", "\"valueQuantity\":{\"value\":%s}");
        String lesions = FhirFixtures.fact("lesions", "liverLesionCount", "\"valueInteger\":%s");
        String size = "{\"resourceType\":\"Observation\",\"id\":\"size\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"21889-1\"}]},"
                + "\"component\":[{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"33728-7\"}]},"
                + "\"valueQuantity\":{\"value\":%s,\"system\":\"http://unitsofmeasure.org\",\"code\":\"cm\"}}]}";
        return Stream.of(ca199, nlr, lesions, size)
                .flatMap(resource -> ODD_NUMBERS.stream().map(value -> Arguments.of(resource.formatted(value), value)));
    }

    private static String bundle(String... resources) {
        String[] all = Stream.concat(Stream.of(FhirFixtures.stage("s", "METASTATIC")), Stream.of(resources))
                .toArray(String[]::new);
        return FhirFixtures.bundle(all);
    }

    private MvcResult evaluate(String bundle) throws Exception {
        return mvc.perform(post("/api/evaluations").contentType("application/fhir+json").content(bundle)).andReturn();
    }

    private MvcResult hook(String observations) throws Exception {
        String request = "{\"hook\":\"patient-view\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\","
                + "\"context\":{\"patientId\":\"p\"},\"prefetch\":{\"patient\":{\"resourceType\":\"Patient\",\"id\":\"p\"},"
                + "\"conditions\":null,\"observations\":" + observations + "}}";
        return mvc.perform(post("/cds-services/pancreatic-cancer-literature").contentType("application/json")
                .content(request)).andReturn();
    }

    private static String searchset(String... resources) {
        return bundle(resources).replace("\"type\":\"collection\"", "\"type\":\"searchset\"");
    }

    private static void answeredNamingTheElement(MvcResult result, CapturedOutput output) throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).as(body).isIn(200, 400);
        if (status == 400) {
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                    .as(body).isNotEmpty().allSatisfy(field -> assertThat(field).startsWith("Observation/"));
        }
        assertThat(output.toString()).doesNotContain("\tat ").doesNotContain("Infinity");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("numbers")
    void aBundleWithAnOddNumberIsAnsweredAndARefusalNamesTheElement(String resource, String value,
                                                                    CapturedOutput output) throws Exception {
        MvcResult result = evaluate(bundle(resource));
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).as(body).isIn(200, 400);
        if (status == 400) {
            assertThat(JSON.readTree(body).path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                    .as(body).isNotEmpty().allSatisfy(field -> assertThat(field).startsWith("Observation/"));
        }
        if (value.startsWith("\"") || value.contains("e400") || value.startsWith("2147") || value.startsWith("9999")) {
            assertThat(status).as("%s is refused: %s", value, body).isEqualTo(400);
        }
        assertThat(output.toString()).doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{1} in prefetch {0}")
    @MethodSource("numbers")
    void aPrefetchWithAnOddNumberIsAnsweredAndARefusalNamesTheElement(String resource, String value,
                                                                     CapturedOutput output) throws Exception {
        answeredNamingTheElement(hook(searchset(resource)), output);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"valueBoolean\":\"true\" | Observation/paced.valueBoolean | expected boolean, found string",
            "\"valueBoolean\":1        | Observation/paced.valueBoolean | expected boolean, found whole number",
            "\"valueBoolean\":true,\"status\":7 | Observation/paced.status | expected string, found whole number"})
    void anElementOfTheWrongJsonTypeIsRefusedNamingIt(String element, String field, String message) throws Exception {
        MvcResult result = evaluate(bundle(FhirFixtures.fact("paced", "pacemaker", element)
                .replace("\"status\":\"final\",", element.contains("status") ? "" : "\"status\":\"final\",")));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = JSON.readTree(result.getResponse().getContentAsString()).at("/errors/0");
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).contains(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"resourceType\":\"Patient\",\"id\":\"p\",\"name\":[{\"family\":7}]} | Patient (entry 1).name[0].family"})
    void aNumberForAStringIsRefusedNamingTheElement(String patient, String field) throws Exception {
        MvcResult result = evaluate(bundle(patient));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(result.getResponse().getContentAsString()).at("/errors/0/field").asString())
                .isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "patient | {\"resourceType\":\"Observation\",\"id\":\"o\"} | prefetch.patient | must be a Patient resource, not a Observation",
            "conditions | {\"resourceType\":\"Patient\",\"id\":\"p\"} | prefetch.conditions | must be a Bundle of Condition resources",
            "conditions | {\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p\"}}]} | prefetch.conditions.entry[0] | must be a Condition resource, not a Patient"})
    void aPrefetchKeyHoldingTheWrongResourceIsRefusedNamingTheKey(String key, String value, String field,
                                                                   String message) throws Exception {
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put("patient", "{\"resourceType\":\"Patient\",\"id\":\"p\"}");
        keys.put("conditions", "null");
        keys.put("observations", "null");
        keys.put(key, value);
        String prefetch = "{" + String.join(",", keys.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).toList()) + "}";
        String request = "{\"hook\":\"patient-view\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\","
                + "\"context\":{\"patientId\":\"p\"},\"prefetch\":" + prefetch + "}";
        MvcResult result = mvc.perform(post("/cds-services/pancreatic-cancer-literature").contentType("application/json")
                .content(request)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        JsonNode error = JSON.readTree(result.getResponse().getContentAsString()).at("/errors/0");
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).startsWith(message);
    }
}
