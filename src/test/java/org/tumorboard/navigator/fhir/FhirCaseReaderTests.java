package org.tumorboard.navigator.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tumorboard.navigator.fhir.FhirFixtures.bundle;
import static org.tumorboard.navigator.fhir.FhirFixtures.ca199;
import static org.tumorboard.navigator.fhir.FhirFixtures.coded;
import static org.tumorboard.navigator.fhir.FhirFixtures.fact;
import static org.tumorboard.navigator.fhir.FhirFixtures.observation;
import static org.tumorboard.navigator.fhir.FhirFixtures.stage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.intake.ChemotherapyResponse;
import org.tumorboard.navigator.intake.Differentiation;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.intake.Stage;
import org.tumorboard.navigator.intake.TumorLocation;

class FhirCaseReaderTests {

    private final FhirCaseReader reader = FhirFixtures.reader();

    private CaseFacts read(String json) throws InvalidCaseException {
        return reader.readBundle(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldProblem> problems(String json) {
        try {
            read(json);
        } catch (InvalidCaseException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void mapsFigureTwosBundleToItsCaseAndLeavesEverythingElseUnknown() throws Exception {
        CaseFacts facts = reader.readBundle(FhirFixtures.figure2());

        assertThat(facts).isEqualTo(Cases.lapc().with("tumorLocation", TumorLocation.HEAD).with("tumorSizeCm", 4.0)
                .with("ca199", 959.0).build());
    }

    @Test
    void aFactTheBundleDoesNotGiveIsUnknownAndAGivenNoIsFalse() throws Exception {
        CaseFacts facts = read(bundle(stage("s", "LOCALLY_ADVANCED"),
                fact("p", "pacemaker", "\"valueBoolean\":false")));

        assertThat(facts.pacemaker()).isFalse();
        assertThat(facts.metalBiliaryStent()).isNull();
        assertThat(facts.surgicalClips()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pacemaker | \"valueBoolean\":true",
        "metalBiliaryStent | \"valueBoolean\":true",
        "surgicalClips | \"valueBoolean\":true",
        "liverDominantDisease | \"valueBoolean\":true",
        "severeChemotherapyToxicity | \"valueBoolean\":true",
        "surgicalCandidate | \"valueBoolean\":true",
        "gastricOutletObstruction | \"valueBoolean\":true",
        "priorResection | \"valueBoolean\":true",
        "liverLesionCount | \"valueInteger\":3",
        "neutrophilLymphocyteRatio | \"valueQuantity\":{\"value\":2.6,\"system\":\"http://unitsofmeasure.org\",\"code\":\"1\"}",
        "chemotherapyResponse | \"valueCodeableConcept\":{\"coding\":[{\"system\":\"https://tumorboard.example/fhir/CodeSystem/case-values\",\"code\":\"NOT_TREATED\"}]}"
    })
    void readsEachProductOwnFact(String field, String value) throws Exception {
        CaseFacts facts = read(bundle(stage("s", "METASTATIC"), fact("f", field, value)));

        Object read = CaseFacts.class.getMethod(field).invoke(facts);
        assertThat(read).isNotNull();
        assertThat(org.tumorboard.navigator.intake.CaseQuery.of(facts)).contains(field + "=");
    }

    @Test
    void readsTheMcodeObservationsByTheirCodes() throws Exception {
        CaseFacts facts = read(bundle(stage("s", "LOCALLY_ADVANCED"),
                observation("status", FhirCodes.LOINC, "97509-4", coded(FhirCodes.SNOMED, "271299001")),
                observation("grade", FhirCodes.NCIT, "C18000", coded(FhirCodes.SNOMED, "1155708003")),
                observation("ca", FhirCodes.LOINC, "83084-4",
                        "\"valueQuantity\":{\"value\":37,\"system\":\"http://unitsofmeasure.org\",\"code\":\"[arb'U]/mL\"}")));

        assertThat(facts.chemotherapyResponse()).isEqualTo(ChemotherapyResponse.PROGRESSION);
        assertThat(facts.tumorDifferentiation()).isEqualTo(Differentiation.WELL);
        assertThat(facts.ca199()).isEqualTo(37.0);
    }

    @ParameterizedTest
    @CsvSource({"1229903009", "1229916009"})
    void anM1CategoryMakesTheStageMetastatic(String m1) throws Exception {
        CaseFacts facts = read(bundle(observation("m", FhirCodes.SNOMED, "399387003", coded(FhirCodes.SNOMED, m1))));

        assertThat(facts.stage()).isEqualTo(Stage.METASTATIC);
    }

    @Test
    void anM0CategoryConflictsWithAMetastaticStage() {
        assertThat(problems(bundle(stage("stage-1", "METASTATIC"),
                observation("m-0", FhirCodes.SNOMED, "399387003", coded(FhirCodes.SNOMED, "1229901006")))))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("stage");
                    assertThat(p.message()).contains("Observation/stage-1", "Observation/m-0");
                });
    }

    @Test
    void conflictingResourcesForOneFactAreNamed() {
        assertThat(problems(bundle(stage("s", "LOCALLY_ADVANCED"), ca199("ca199-a", "959"), ca199("ca199-b", "1200"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("ca199");
                    assertThat(p.message()).contains("conflicting resources", "Observation/ca199-a",
                            "Observation/ca199-b");
                });
    }

    @Test
    void resourcesThatAgreeAreNoConflict() throws Exception {
        assertThat(read(bundle(stage("s", "LOCALLY_ADVANCED"), ca199("a", "959"), ca199("b", "959.0"))).ca199())
                .isEqualTo(959.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"valueString\":\"959\" | Observation/ca199-a.value[x] | valueQuantity",
        "\"valueQuantity\":{\"value\":959,\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg\"} | Observation/ca199-a.valueQuantity.code | U/mL",
        "\"status\":\"final\" | Observation/ca199-a.value[x] | dataAbsentReason"
    })
    void aKnownProfileWithAWrongValueNamesResourceAndElement(String value, String field, String message) {
        String observation = observation("ca199-a", FhirCodes.LOINC, "24108-3", value)
                .replace("\"status\":\"final\",", value.startsWith("\"status\"") ? "" : "\"status\":\"final\",");
        assertThat(problems(bundle(stage("s", "LOCALLY_ADVANCED"), observation))).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message()).contains(message);
                });
    }

    @Test
    void aValueOutOfRangeIsNamedByTheElementItCameFrom() {
        assertThat(problems(bundle(stage("s", "LOCALLY_ADVANCED"), ca199("ca199-a", "2000000")))).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("Observation/ca199-a.valueQuantity");
                    assertThat(p.message()).startsWith("ca199 must be");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"resourceType\":\"Observation\",\"id\":\"x\",\"status\":\"final\",\"valu\":1} | Observation/x.valu | not an element",
        "{\"resourceType\":\"Observation\",\"id\":\"x\",\"status\":\"finished\"} | Observation/x.status | not a valid value",
        "{\"resourceType\":\"Observation\",\"id\":\"x\",\"code\":\"24108-3\"} | Observation/x.code | wrong JSON type",
        "{\"resourceType\":\"observation\",\"id\":\"x\"} | observation/x | resourceType"
    })
    void invalidFhirNamesResourceAndElementWithoutHapiDetails(String resource, String field, String message) {
        assertThat(problems(bundle(resource))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message).doesNotContain("HAPI", "ca.uhn", "Exception");
        });
    }

    @Test
    void anInvalidBirthDateIsNeitherEchoedNorThePatientsIdNamed() {
        List<FieldProblem> problems = problems(bundle(
                "{\"resourceType\":\"Patient\",\"id\":\"MRN-12345\",\"birthDate\":\"1957-13-45\"}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("Patient (entry 0).birthDate");
            assertThat(p.toString()).doesNotContain("1957", "13-45", "MRN-12345");
        });
    }

    @Test
    void ageIsWholeYearsFromTheBirthDateToTheBundlesTimestamp() throws Exception {
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"p\",\"birthDate\":\"1957-07-22\","
                + "\"name\":[{\"family\":\"Example\"}]}";
        String withTimestamp = bundle(patient, stage("s", "LOCALLY_ADVANCED"))
                .replace("\"type\":\"collection\"", "\"type\":\"collection\",\"timestamp\":\"2021-07-21T09:00:00Z\"");

        assertThat(read(withTimestamp).age()).isEqualTo(63);
        assertThat(read(bundle(patient, stage("s", "LOCALLY_ADVANCED"))).age()).isEqualTo(66);
        assertThat(read(bundle(patient.replace("1957-07-22", "1957"), stage("s", "LOCALLY_ADVANCED"))).age())
                .isNull();
    }

    @Test
    void tumourSizesInMillimetresAndLiverLesionsAreTold() throws Exception {
        String liver = "{\"resourceType\":\"BodyStructure\",\"id\":\"lesion\",\"location\":"
                + "{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"10200004\"}]}}";
        CaseFacts facts = read(bundle(stage("s", "METASTATIC"), liver, size("primary", null, "32", "mm"),
                size("liver-1", "BodyStructure/lesion", "2.5", "cm"), size("liver-2", "BodyStructure/lesion", "1.5", "cm")));

        assertThat(facts.tumorSizeCm()).isEqualTo(3.2);
        assertThat(facts.largestLiverLesionCm()).isEqualTo(2.5);
    }

    @Test
    void aTumourSizeWithoutItsLongestDimensionIsRejected() {
        String size = size("t", null, "4", "cm").replace("33728-7", "33729-5");
        assertThat(problems(bundle(stage("s", "LOCALLY_ADVANCED"), size))).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("Observation/t.component"));
    }

    @Test
    void liverMetastasesComeFromTheSecondaryConditionAndARefutedOneIsANo() throws Exception {
        String secondary = "{\"resourceType\":\"Condition\",\"id\":\"liver\",\"code\":{\"coding\":"
                + "[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"C78.7\"}]}}";
        String refuted = secondary.replace("{\"resourceType\":\"Condition\",\"id\":\"liver\",",
                "{\"resourceType\":\"Condition\",\"id\":\"liver\",\"verificationStatus\":{\"coding\":[{\"system\":"
                        + "\"http://terminology.hl7.org/CodeSystem/condition-ver-status\",\"code\":\"refuted\"}]},");

        assertThat(read(bundle(stage("s", "METASTATIC"), secondary)).liverMetastases()).isTrue();
        assertThat(read(bundle(stage("s", "METASTATIC"), refuted)).liverMetastases()).isFalse();
        assertThat(read(bundle(stage("s", "METASTATIC"))).liverMetastases()).isNull();
    }

    /** A liver metastasis with a locally advanced stage contradicts itself at the FHIR door as at every other. */
    @Test
    void aLiverMetastasisWithALocallyAdvancedStageIsRefusedUnderBothFields() {
        String secondary = "{\"resourceType\":\"Condition\",\"id\":\"liver\",\"code\":{\"coding\":"
                + "[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"C78.7\"}]}}";
        assertThat(problems(bundle(stage("s", "LOCALLY_ADVANCED"), secondary)))
                .allSatisfy(p -> assertThat(p.message()).contains(" contradicts ", "stage IV disease"))
                .extracting(p -> p.field()).containsExactly("Observation/s.valueCodeableConcept", "Condition/liver.code");
    }

    @ParameterizedTest
    @CsvSource({"C25.1, , BODY", "C25.2, , TAIL", "C25.9, , ", "C25.9, 73239005, TAIL", "C25.0, 64163001, HEAD"})
    void tumourLocationFromBodySiteElseFromTheIcdCode(String icd, String site, TumorLocation expected)
            throws Exception {
        String bodySite = site == null ? "" : ",\"bodySite\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                + "\"code\":\"" + site + "\"}]}]";
        String condition = "{\"resourceType\":\"Condition\",\"id\":\"c\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"" + icd + "\"}]}" + bodySite + "}";

        assertThat(read(bundle(stage("s", "LOCALLY_ADVANCED"), condition)).tumorLocation()).isEqualTo(expected);
    }

    @Test
    void aBundleWithoutAStageSaysWhatWouldGiveIt() {
        assertThat(problems(bundle(ca199("c", "10")))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("stage");
            assertThat(p.message()).contains("case-facts|stage");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"resourceType\":\"Patient\"} | resourceType",
        "[1, 2] | resourceType",
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"type\":\"searchset\"} | body",
        "{\"resourceType\":\"Bundle\" | body"
    })
    void aDocumentThatIsNotOneBundleIsRejected(String json, String field) {
        assertThat(problems(json)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo(field));
    }

    private static String size(String id, String focus, String value, String unit) {
        String focusElement = focus == null ? "" : "\"focus\":[{\"reference\":\"" + focus + "\"}],";
        return ("{\"resourceType\":\"Observation\",\"id\":\"%s\",\"status\":\"final\",%s"
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"21889-1\"}]},"
                + "\"component\":[{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"33728-7\"}]},"
                + "\"valueQuantity\":{\"value\":%s,\"system\":\"http://unitsofmeasure.org\",\"code\":\"%s\"}}]}")
                .formatted(id, focusElement, value, unit);
    }
}
