package org.tumorboard.navigator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts that cannot both hold are rejected at every door, under both fields. */
class ContradictionsTests {

    private final CaseReader reader = CaseReader.withDefaultValidator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "stage": "METASTATIC", "liverMetastases": false, "liverDominantDisease": true   | liverMetastases      | liverDominantDisease
            "stage": "METASTATIC", "liverMetastases": false, "liverLesionCount": 3           | liverMetastases      | liverLesionCount
            "stage": "METASTATIC", "liverMetastases": true, "liverLesionCount": 0            | liverMetastases      | liverLesionCount
            "stage": "METASTATIC", "liverDominantDisease": true, "liverLesionCount": 0       | liverDominantDisease | liverLesionCount
            "stage": "METASTATIC", "liverMetastases": false, "largestLiverLesionCm": 2       | liverMetastases      | largestLiverLesionCm
            "stage": "METASTATIC", "liverLesionCount": 0, "largestLiverLesionCm": 2          | liverLesionCount     | largestLiverLesionCm
            "stage": "LOCALLY_ADVANCED", "liverMetastases": true                             | stage                | liverMetastases
            "stage": "BORDERLINE_RESECTABLE", "liverDominantDisease": true                   | stage                | liverDominantDisease
            "stage": "RESECTABLE", "liverLesionCount": 2                                     | stage                | liverLesionCount
            "stage": "LOCALLY_ADVANCED", "largestLiverLesionCm": 1.5                         | stage                | largestLiverLesionCm
            "stage": "LOCALLY_ADVANCED", "liverMetastasesTiming": "METACHRONOUS"             | stage                | liverMetastasesTiming
            "stage": "METASTATIC", "liverMetastases": false, "liverMetastasesTiming": "SYNCHRONOUS" | liverMetastases | liverMetastasesTiming
            "stage": "METASTATIC", "liverLesionCount": 0, "liverMetastasesTiming": "SYNCHRONOUS" | liverLesionCount | liverMetastasesTiming
            "stage": "BORDERLINE_RESECTABLE", "unresectableAtLaparotomy": true               | stage                | unresectableAtLaparotomy
            "stage": "METASTATIC", "chemotherapyResponse": "NOT_TREATED", "severeChemotherapyToxicity": true | chemotherapyResponse | severeChemotherapyToxicity
            """)
    void aContradictionIsReportedUnderBothFieldsEachNamingTheOther(String fields, String first, String second) {
        List<FieldProblem> problems = problems("{" + fields + "}");
        assertThat(problems).extracting(FieldProblem::field).containsExactly(first, second);
        assertThat(problems.get(0).message()).startsWith("contradicts " + second + " = ");
        assertThat(problems.get(1).message()).startsWith("contradicts " + first + " = ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "stage": "METASTATIC", "liverMetastases": true, "liverDominantDisease": false, "liverLesionCount": 2, "largestLiverLesionCm": 1
            "stage": "METASTATIC", "liverMetastases": false, "liverDominantDisease": false, "liverLesionCount": 0
            "stage": "METASTATIC", "liverDominantDisease": true
            "stage": "LOCALLY_ADVANCED", "liverMetastases": false, "liverLesionCount": 0
            "stage": "METASTATIC", "largestLiverLesionCm": 2
            "stage": "LOCALLY_ADVANCED", "liverDominantDisease": false, "liverLesionCount": 0, "surgicalCandidate": true
            "stage": "LOCALLY_ADVANCED", "unresectableAtLaparotomy": true, "priorResection": true
            "stage": "METASTATIC", "chemotherapyResponse": "NOT_TREATED", "severeChemotherapyToxicity": false
            "stage": "METASTATIC", "liverLesionCount": 1, "liverDominantDisease": false, "liverMetastasesTiming": "METACHRONOUS"
            "stage": "RESECTABLE", "unresectableAtLaparotomy": false, "gastricOutletObstruction": true, "tumorLocation": "TAIL"
            """)
    void consistentFactsPass(String fields) throws Exception {
        reader.read(("{" + fields + "}").getBytes(StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void theTextDoorRejectsThemAlike() {
        try {
            reader.read(QueryTextTests.parameters("stage=METASTATIC", "liverMetastases=NO", "liverDominantDisease=YES"));
            throw new AssertionError("accepted");
        } catch (InvalidCaseException e) {
            assertThat(e.problems()).extracting(FieldProblem::field)
                    .containsExactly("liverMetastases", "liverDominantDisease");
        }
    }

    private List<FieldProblem> problems(String json) {
        try {
            reader.read(json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidCaseException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }
}
