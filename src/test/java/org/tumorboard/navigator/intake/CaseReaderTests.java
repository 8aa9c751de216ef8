package org.tumorboard.navigator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReaderTests {

    private final CaseReader reader = CaseReader.withDefaultValidator();

    private CaseFacts read(String json) throws InvalidCaseException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
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
    void readsEveryFieldOfTheContract() throws Exception {
        CaseFacts facts = read("""
                {"label": "Teaching case 1", "stage": "LOCALLY_ADVANCED", "age": 64, "tumorLocation": "HEAD",
                 "tumorSizeCm": 3.5, "pacemaker": false, "metalBiliaryStent": true, "surgicalClips": false,
                 "liverMetastases": false, "liverDominantDisease": false, "liverLesionCount": 0,
                 "largestLiverLesionCm": 1.2, "chemotherapyResponse": "STABLE", "severeChemotherapyToxicity": false,
                 "ca199": 959, "surgicalCandidate": true, "gastricOutletObstruction": true, "priorResection": false,
                 "tumorDifferentiation": "WELL", "neutrophilLymphocyteRatio": 2.7}
                """);
        assertThat(facts).isEqualTo(new CaseFacts("Teaching case 1", Stage.LOCALLY_ADVANCED, 64, TumorLocation.HEAD,
                3.5, false, true, false, false, false, 0, 1.2, ChemotherapyResponse.STABLE, false, 959.0, true, true,
                false, Differentiation.WELL, 2.7));
    }

    @Test
    void absentAndNullFieldsAreUnknownNotFalse() throws Exception {
        CaseFacts absent = read("{\"stage\": \"METASTATIC\"}");
        CaseFacts nulls = read("{\"stage\": \"METASTATIC\", \"pacemaker\": null, \"age\": null, \"tumorLocation\": null}");
        assertThat(absent.pacemaker()).isNull();
        assertThat(absent.age()).isNull();
        assertThat(nulls).isEqualTo(absent);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"stage": "METASTATIC", "pacemker": true}           | pacemker             | unknown field
            {"stage": "METASTATIC", "Pacemaker": true}          | Pacemaker            | unknown field
            {"stage": "STAGE_IV"}                               | stage                | one of RESECTABLE, BORDERLINE_RESECTABLE, LOCALLY_ADVANCED, METASTATIC
            {"stage": "metastatic"}                             | stage                | one of RESECTABLE
            {"stage": 3}                                        | stage                | one of RESECTABLE
            {}                                                  | stage                | is required
            {"stage": null}                                     | stage                | is required
            {"stage": "METASTATIC", "age": 17}                  | age                  | from 18 to 100
            {"stage": "METASTATIC", "age": 101}                 | age                  | from 18 to 100
            {"stage": "METASTATIC", "age": 64.5}                | age                  | whole number
            {"stage": "METASTATIC", "age": "64"}                | age                  | whole number
            {"stage": "METASTATIC", "pacemaker": "yes"}         | pacemaker            | true, false or null
            {"stage": "METASTATIC", "pacemaker": 1}             | pacemaker            | true, false or null
            {"stage": "METASTATIC", "pacemaker": "true"}        | pacemaker            | true, false or null
            {"stage": "METASTATIC", "tumorSizeCm": 0}           | tumorSizeCm          | from 0.1 to 25
            {"stage": "METASTATIC", "tumorSizeCm": 25.5}        | tumorSizeCm          | from 0.1 to 25
            {"stage": "METASTATIC", "tumorSizeCm": "3"}         | tumorSizeCm          | a number
            {"stage": "METASTATIC", "largestLiverLesionCm": 0.05} | largestLiverLesionCm | from 0.1 to 25
            {"stage": "METASTATIC", "liverLesionCount": -1}     | liverLesionCount     | from 0 to 100
            {"stage": "METASTATIC", "liverLesionCount": 101}    | liverLesionCount     | from 0 to 100
            {"stage": "METASTATIC", "ca199": -5}                | ca199                | from 0 to 1000000
            {"stage": "METASTATIC", "tumorLocation": "PANCREAS"} | tumorLocation       | HEAD, UNCINATE, NECK, BODY, TAIL
            {"stage": "METASTATIC", "chemotherapyResponse": "GOOD"} | chemotherapyResponse | NOT_TREATED, RESPONSE, STABLE, PROGRESSION
            {"stage": "METASTATIC", "tumorDifferentiation": "G1"} | tumorDifferentiation | WELL, MODERATE, POOR
            {"stage": "METASTATIC", "neutrophilLymphocyteRatio": 101} | neutrophilLymphocyteRatio | from 0 to 100
            {"stage": "METASTATIC", "label": ["a"]}             | label                | text
            {"stage": "METASTATIC", "pacemaker": {}}            | pacemaker            | true, false or null
            """)
    void rejectsAFieldNamingItAndWhatIsAllowed(String json, String field, String allowed) {
        assertThat(problems(json)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(allowed);
        });
    }

    @Test
    void rejectsALabelOverOneHundredTwentyCharacters() {
        assertThat(problems("{\"stage\": \"METASTATIC\", \"label\": \"" + "x".repeat(121) + "\"}"))
                .extracting(FieldProblem::field).containsExactly("label");
    }

    @Test
    void reportsEveryRangeProblemAtOnceInFieldOrder() {
        assertThat(problems("{\"stage\": \"METASTATIC\", \"age\": 5, \"tumorSizeCm\": 99}"))
                .extracting(FieldProblem::field).containsExactly("age", "tumorSizeCm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"stage\": ", "{\"stage\": \"METASTATIC\"} trailing",
            "{\"stage\": \"METASTATIC\", \"stage\": \"RESECTABLE\"}"})
    void rejectsTextThatIsNotOneJsonObjectAsTheBody(String text) {
        assertThat(problems(text)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("body"));
    }

    @Test
    void namesADuplicateField() {
        assertThat(problems("{\"stage\": \"METASTATIC\", \"stage\": \"RESECTABLE\"}")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Duplicate").contains("\"stage\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"METASTATIC\"", "null", "42"})
    void rejectsJsonThatIsNotAnObject(String text) {
        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("body");
            assertThat(p.message()).contains("JSON object");
        });
    }

    @Test
    void rejectsABodyOverTheSizeLimitWithoutReadingAllOfIt() {
        byte[] huge = ("{\"stage\": \"METASTATIC\", \"label\": \"" + "x".repeat(CaseReader.MAX_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(huge)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.tooLarge()).isTrue();
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("body");
                });
    }

    @Test
    void fieldNamesAreTheContractsInOrder() {
        assertThat(CaseReader.fieldNames()).startsWith("label", "stage", "age", "tumorLocation", "tumorSizeCm",
                "pacemaker", "metalBiliaryStent", "surgicalClips", "liverMetastases", "liverDominantDisease",
                "liverLesionCount", "largestLiverLesionCm", "chemotherapyResponse", "severeChemotherapyToxicity",
                "ca199", "surgicalCandidate", "gastricOutletObstruction", "priorResection");
    }
}
