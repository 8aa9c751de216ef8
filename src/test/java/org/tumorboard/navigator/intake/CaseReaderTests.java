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

/** The JSON door of the one strict reading of a case. */
class CaseReaderTests {

    private final CaseReader reader = CaseReader.withDefaultValidator();

    private CaseFacts read(String json) throws InvalidCaseException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldProblem> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldProblem> problems(byte[] json) {
        try {
            reader.read(json);
        } catch (InvalidCaseException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + new String(json, StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryFieldOfTheContract() throws Exception {
        CaseFacts facts = read("""
                {"label": "Teaching case 1", "stage": "METASTATIC", "age": 64, "tumorLocation": "HEAD",
                 "tumorSizeCm": 3.5, "pacemaker": false, "metalBiliaryStent": true, "surgicalClips": false,
                 "liverMetastases": true, "liverDominantDisease": false, "liverLesionCount": 2,
                 "largestLiverLesionCm": 1.2, "chemotherapyResponse": "STABLE", "severeChemotherapyToxicity": false,
                 "ca199": 959, "surgicalCandidate": true, "gastricOutletObstruction": true, "priorResection": false,
                 "tumorDifferentiation": "WELL", "neutrophilLymphocyteRatio": 2.7}
                """);
        assertThat(facts).isEqualTo(Cases.metastatic().label("Teaching case 1").with("age", 64)
                .with("tumorLocation", TumorLocation.HEAD).with("tumorSizeCm", 3.5).with("pacemaker", false)
                .with("metalBiliaryStent", true).with("surgicalClips", false).with("liverMetastases", true)
                .with("liverDominantDisease", false).with("liverLesionCount", 2).with("largestLiverLesionCm", 1.2)
                .with("chemotherapyResponse", ChemotherapyResponse.STABLE).with("severeChemotherapyToxicity", false)
                .with("ca199", 959).with("surgicalCandidate", true).with("gastricOutletObstruction", true)
                .with("priorResection", false).with("tumorDifferentiation", Differentiation.WELL)
                .with("neutrophilLymphocyteRatio", 2.7).build());
    }

    @Test
    void absentAndNullFieldsAreUnknownNotFalse() throws Exception {
        CaseFacts absent = read("{\"stage\": \"METASTATIC\"}");
        CaseFacts nulls = read("{\"stage\": \"METASTATIC\", \"pacemaker\": null, \"age\": null, \"tumorLocation\": null}");
        assertThat(absent).isEqualTo(Cases.metastatic().build());
        assertThat(nulls).isEqualTo(absent);
    }

    @Test
    void aLabelIsKeptExactlyAsGiven() throws Exception {
        assertThat(read("{\"stage\": \"METASTATIC\", \"label\": \"  a\\tb \"}").label()).isEqualTo("  a\tb ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"stage": "METASTATIC", "pacemker": true}           | pacemker             | unknown field
            {"stage": "METASTATIC", "Pacemaker": true}          | Pacemaker            | unknown field
            {"stage": "STAGE_IV"}                               | stage                | one of RESECTABLE, BORDERLINE_RESECTABLE, LOCALLY_ADVANCED, METASTATIC
            {"stage": "metastatic"}                             | stage                | one of RESECTABLE
            {"stage": " LOCALLY_ADVANCED\\t"}                   | stage                | one of RESECTABLE
            {"stage": "LOCALLY_ADVANCED "}                      | stage                | one of RESECTABLE
            {"stage": 3}                                        | stage                | one of RESECTABLE
            {}                                                  | stage                | is required
            {"stage": null}                                     | stage                | is required
            {"stage": "METASTATIC", "age": 17}                  | age                  | from 18 to 100
            {"stage": "METASTATIC", "age": 101}                 | age                  | from 18 to 100
            {"stage": "METASTATIC", "age": 64.5}                | age                  | whole number
            {"stage": "METASTATIC", "age": 64.0}                | age                  | whole number
            {"stage": "METASTATIC", "age": "64"}                | age                  | whole number
            {"stage": "METASTATIC", "age": 2147483648}          | age                  | a whole number of years from 18 to 100
            {"stage": "METASTATIC", "age": -99999999999999999999999} | age             | a whole number of years from 18 to 100
            {"stage": "METASTATIC", "liverLesionCount": 1e3}    | liverLesionCount     | whole number
            {"stage": "METASTATIC", "pacemaker": "yes"}         | pacemaker            | true, false or null
            {"stage": "METASTATIC", "pacemaker": 1}             | pacemaker            | true, false or null
            {"stage": "METASTATIC", "pacemaker": "true"}        | pacemaker            | true, false or null
            {"stage": "METASTATIC", "pacemaker": {}}            | pacemaker            | true, false or null
            {"stage": "METASTATIC", "tumorSizeCm": 0}           | tumorSizeCm          | from 0.1 to 25
            {"stage": "METASTATIC", "tumorSizeCm": 25.5}        | tumorSizeCm          | from 0.1 to 25
            {"stage": "METASTATIC", "tumorSizeCm": "3"}         | tumorSizeCm          | from 0.1 to 25
            {"stage": "METASTATIC", "tumorSizeCm": 1e400}       | tumorSizeCm          | from 0.1 to 25
            {"stage": "METASTATIC", "ca199": -1e400}            | ca199                | from 0 to 1000000
            {"stage": "METASTATIC", "largestLiverLesionCm": 0.05} | largestLiverLesionCm | from 0.1 to 25
            {"stage": "METASTATIC", "liverLesionCount": -1}     | liverLesionCount     | from 0 to 100
            {"stage": "METASTATIC", "liverLesionCount": 101}    | liverLesionCount     | from 0 to 100
            {"stage": "METASTATIC", "ca199": -5}                | ca199                | from 0 to 1000000
            {"stage": "METASTATIC", "tumorLocation": "PANCREAS"} | tumorLocation       | HEAD, UNCINATE, NECK, BODY, TAIL
            {"stage": "METASTATIC", "chemotherapyResponse": "GOOD"} | chemotherapyResponse | NOT_TREATED, RESPONSE, STABLE, PROGRESSION
            {"stage": "METASTATIC", "tumorDifferentiation": "G1"} | tumorDifferentiation | WELL, MODERATE, POOR
            {"stage": "METASTATIC", "neutrophilLymphocyteRatio": 101} | neutrophilLymphocyteRatio | from 0 to 100
            {"stage": "METASTATIC", "label": ["a"]}             | label                | must be text
            {"stage": "METASTATIC", "label": 1e400}             | label                | must be text
            {"stage": "METASTATIC", "label": 1}                 | label                | must be text
            {"stage": "METASTATIC", "label": 1.5}               | label                | must be text
            {"stage": "METASTATIC", "label": true}              | label                | must be text
            {"stage": "METASTATIC", "pacemaker": true, "pacemaker": false} | pacemaker | more than once
            {"stage": "METASTATIC", "stage": "RESECTABLE"}      | stage                | more than once
            """)
    void rejectsAFieldNamingItAndWhatIsAllowed(String json, String field, String allowed) {
        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(allowed).doesNotContain("null for unknown");
        });
    }

    @Test
    void reportsEveryInvalidFieldAtOnceInContractOrder() {
        assertThat(problems("{\"stage\": \"X\", \"pacemker\": true, \"age\": 5, \"tumorSizeCm\": 99, \"label\": 1}"))
                .extracting(FieldProblem::field).containsExactly("label", "stage", "age", "tumorSizeCm", "pacemker");
    }

    @Test
    void rejectsALabelOverOneHundredTwentyCharacters() {
        assertThat(problems("{\"stage\": \"METASTATIC\", \"label\": \"" + "x".repeat(121) + "\"}"))
                .extracting(FieldProblem::field).containsExactly("label");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                | JSON object
            not json                                          | not valid JSON at line 1, column 1
            '{"stage": '                                      | ends
            '{"stage": "METASTATIC"} trailing'                | not valid JSON at line 1, column 25
            '{"stage": "METASTATIC"}{}'                       | more text follows it
            '{"stage": "METASTATIC", "age": NaN}'             | NaN and Infinity are not numbers in JSON
            '{"stage": "METASTATIC", "ca199": Infinity}'      | NaN and Infinity are not numbers in JSON
            '{"stage": "METASTATIC", "ca199": -Infinity}'     | NaN and Infinity are not numbers in JSON
            '{stage: 1}'                                      | not valid JSON at line 1
            '[]'                                              | JSON object
            '"METASTATIC"'                                    | JSON object
            'null'                                            | JSON object
            '42'                                              | JSON object
            """)
    void rejectsTextThatIsNotOneJsonObjectInItsOwnWords(String text, String why) {
        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("body");
            assertThat(p.message()).contains(why);
            assertNoInternals(p.message());
        });
    }

    static void assertNoInternals(String message) {
        assertThat(message).doesNotContainIgnoringCase("jackson").doesNotContain("ALLOW_", "FAIL_ON_", "JsonNode",
                "Exception", "java.", "tools.", "line -1", "column -1", "`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "ED A0 80", "FF", "E2 82", "F8 88 80 80 80"})
    void rejectsMalformedUtf8(String hex) {
        String bytes = hex.replace(" ", "");
        byte[] bad = new byte[bytes.length() / 2];
        for (int i = 0; i < bad.length; i++) {
            bad[i] = (byte) Integer.parseInt(bytes.substring(2 * i, 2 * i + 2), 16);
        }
        byte[] head = "{\"stage\": \"METASTATIC\", \"label\": \"a".getBytes(StandardCharsets.UTF_8);
        byte[] json = new byte[head.length + bad.length + 2];
        System.arraycopy(head, 0, json, 0, head.length);
        System.arraycopy(bad, 0, json, head.length, bad.length);
        json[json.length - 2] = '"';
        json[json.length - 1] = '}';
        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("body");
            assertThat(p.message()).contains("UTF-8");
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
    void fieldNamesAreTheRecordComponentsInOrder() {
        assertThat(CaseReader.fieldNames()).containsExactlyElementsOf(
                java.util.Arrays.stream(CaseFacts.class.getRecordComponents()).map(c -> c.getName()).toList());
    }
}
