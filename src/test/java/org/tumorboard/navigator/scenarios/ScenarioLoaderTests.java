package org.tumorboard.navigator.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.intake.CaseReader;

/** Scenario files are read as strictly as an API call, and their problems carry the line they are on. */
class ScenarioLoaderTests {

    @TempDir
    Path rules;

    private List<String> problems(String yaml) throws IOException {
        Files.createDirectories(rules.resolve(ScenarioLoader.DIRECTORY));
        Files.writeString(rules.resolve(ScenarioLoader.DIRECTORY).resolve("s.yaml"), yaml.replace('|', '\n'));
        List<String> problems = new ArrayList<>();
        new ScenarioLoader(CaseReader.withDefaultValidator()).load(rules, problems);
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            purpose: p|figure: 2.7|case:|  stage: METASTATIC                      ; scenarios/s.yaml:2: figure: must be a whole number
            purpose: p|figure: '2'|case:|  stage: METASTATIC                      ; scenarios/s.yaml:2: figure: must be a whole number
            purpose: p|case:|  stage: METASTATIC|  tumorSizeCm: 2.7|  age: 64.5   ; scenarios/s.yaml:5: case.age: must be a whole number
            purpose: p|case:|  stage: METASTATIC|  label: 2.7                     ; scenarios/s.yaml:4: case.label: must be text
            purpose: p|case:|  stage: 'METASTATIC '                               ; scenarios/s.yaml:3: case.stage: must be one of
            purpose: p|case:|  pacemaker: true                                    ; scenarios/s.yaml:2: case.stage: is required
            purpose: p|case:|  stage: METASTATIC|  liverMetastases: false|  liverDominantDisease: true ; scenarios/s.yaml:4: case.liverMetastases: contradicts liverDominantDisease
            purpose: p|purpose: q|case:|  stage: METASTATIC                       ; scenarios/s.yaml:2: Duplicate
            purpose: p|case:|  stage: METASTATIC|  stage: METASTATIC              ; scenarios/s.yaml:4: Duplicate
            purpose: p|fire: [X]|case:|  stage: METASTATIC                        ; scenarios/s.yaml:2: fire: unknown key
            purpose: p|case:|  stage: LOCALLY_ADVANCED|refused: [stage, liverMetastases] ; scenarios/s.yaml: the case is accepted, but must be refused as contradicting [liverMetastases, stage]
            purpose: p|case:|  stage: LOCALLY_ADVANCED|  liverMetastases: true|refused: [liverMetastases, liverDominantDisease] ; scenarios/s.yaml: refused under [liverMetastases, stage]
            purpose: p|case:|  stage: LOCALLY_ADVANCED|  age: 7|refused: [stage, age] ; scenarios/s.yaml: refused under []
            purpose: p|case:|  stage: LOCALLY_ADVANCED|  liverMetastases: true|refused: [stage, liverMetastases]|fires: [X] ; scenarios/s.yaml: a refused scenario names
            """)
    void aProblemNamesTheLineAndTheField(String yaml, String problem) throws IOException {
        assertThat(problems(yaml)).first().asString().startsWith(problem);
    }

    @org.junit.jupiter.api.Test
    void aRefusedScenarioPassesWhenTheReaderRefusesItsCaseUnderItsFieldsAndIsNotRun() throws IOException {
        String yaml = "purpose: p|case:|  stage: LOCALLY_ADVANCED|  liverMetastases: true|refused: [liverMetastases, stage]";
        assertThat(problems(yaml)).isEmpty();
        assertThat(new ScenarioLoader(CaseReader.withDefaultValidator()).load(rules, new ArrayList<>())).isEmpty();
    }
}
