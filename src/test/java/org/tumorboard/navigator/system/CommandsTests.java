package org.tumorboard.navigator.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.TestRuleSets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandsTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path rules, String... args) {
        return new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), rules).run(args);
    }

    private int evaluate(String... files) {
        String[] args = Stream.concat(Stream.of("evaluate"), Stream.of(files)).toArray(String[]::new);
        return run(TestRuleSets.STARTER, args);
    }

    private String file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json).toString();
    }

    private List<String> stdoutLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evaluatesEachFileAsOneJsonLineInArgumentOrder() throws Exception {
        String pacemaker = file("a.json", "{\"label\": \"A\", \"stage\": \"LOCALLY_ADVANCED\", \"pacemaker\": true}");
        String unknown = file("b.json", "{\"label\": \"B\", \"stage\": \"LOCALLY_ADVANCED\"}");
        String metastatic = file("c.json", "{\"label\": \"C\", \"stage\": \"METASTATIC\"}");

        assertThat(evaluate(unknown, pacemaker, metastatic)).isEqualTo(Commands.OK);

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = stdoutLines().stream().map(json::readTree).toList();
        assertThat(lines).extracting(l -> l.at("/case/label").asString()).containsExactly("B", "A", "C");
        assertThat(lines.get(0).at("/considerations/0/ruleId").asString()).isEqualTo("IRE-PACEMAKER-UNKNOWN");
        assertThat(lines.get(1).at("/considerations/0/ruleId").asString()).isEqualTo("IRE-PACEMAKER");
        assertThat(lines.get(1).at("/considerations/0/citations/0/reviewRef").asInt()).isEqualTo(40);
        assertThat(lines.get(2).at("/considerations").size()).isZero();
        assertThat(lines).allSatisfy(l -> assertThat(l.at("/disclaimer").asString()).contains("Not treatment advice"));
        assertThat(lines.get(0).at("/case").has("pacemaker")).isTrue();
        assertThat(lines.get(0).at("/case/pacemaker").isNull()).isTrue();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameOutputByteForByte() throws Exception {
        String both = file("both.json", "{\"stage\": \"LOCALLY_ADVANCED\", \"metalBiliaryStent\": true, \"age\": 70}");
        assertThat(evaluate(both, both)).isEqualTo(Commands.OK);
        List<String> lines = stdoutLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(lines.get(0));
        out.reset();
        evaluate(both);
        assertThat(stdoutLines()).containsExactly(lines.get(0));
    }

    @Test
    void anInvalidFileIsOneLineNamingFileAndFieldWithExitTwoAndNoOutput() throws Exception {
        String good = file("good.json", "{\"stage\": \"LOCALLY_ADVANCED\"}");
        String typo = file("typo.json", "{\"stage\": \"LOCALLY_ADVANCED\", \"pacemker\": true}");

        assertThat(evaluate(good, typo)).isEqualTo(Commands.INVALID_INPUT);

        assertThat(stderr().lines().toList()).singleElement().satisfies(line ->
                assertThat(line).startsWith(typo + ": pacemker: unknown field"));
        assertThat(stderr()).doesNotContain("Exception", "\tat ");
        assertThat(stdoutLines()).isEmpty();
    }

    @Test
    void everyInvalidOrMissingFileGetsItsOwnLine() throws Exception {
        String notJson = file("not.json", "stage: METASTATIC");
        String range = file("range.json", "{\"stage\": \"METASTATIC\", \"age\": 7}");
        String missing = dir.resolve("missing.json").toString();

        assertThat(evaluate(notJson, range, missing)).isEqualTo(Commands.INVALID_INPUT);

        assertThat(stderr().lines().toList()).satisfiesExactly(
                line -> assertThat(line).isEqualTo(notJson + ": body: is not valid JSON at line 1, column 1"),
                line -> assertThat(line).isEqualTo(range + ": age: must be a whole number of years from 18 to 100"),
                line -> assertThat(line).isEqualTo(missing + ": no such file"));
    }

    @Test
    void evaluateWithoutFilesIsAUsageError() {
        assertThat(evaluate()).isEqualTo(Commands.INVALID_INPUT);
        assertThat(stderr()).startsWith("usage:");
    }

    @Test
    void aBrokenRuleSetIsReportedFileByFileWithExitOne() throws Exception {
        Path rules = TestRuleSets.starterCopy(dir.resolve("rules"), Map.of("ire-devices.drl", "rule \"x\" when then"));
        String ok = file("ok.json", "{\"stage\": \"METASTATIC\"}");
        assertThat(run(rules, "evaluate", ok)).isEqualTo(Commands.FAILED);
        assertThat(stderr()).startsWith("ire-devices.drl:1:").doesNotContain("\tat ");
    }

    @Test
    void verifyPrintsTheTallyAndExitsZeroWhenAllPass() {
        assertThat(run(TestRuleSets.STARTER, "verify")).isEqualTo(Commands.OK);
        assertThat(stdoutLines()).containsExactly("3 passed, 0 failed");
    }

    @Test
    void verifyPrintsOneLinePerFailureAndExitsOne() {
        Path rules = TestRuleSets.starterCopy(dir, Map.of("scenarios/lapc-pacemaker.yaml", """
                purpose: Deliberately wrong expectations.
                case: {stage: LOCALLY_ADVANCED, pacemaker: true}
                fires: [IRE-PACEMAKER-UNKNOWN]
                doesNotFire: [IRE-PACEMAKER]
                """));
        assertThat(run(TestRuleSets.STARTER, "verify", rules.toString())).isEqualTo(Commands.FAILED);
        // The wrong scenario fails, and with it the coverage it used to give.
        assertThat(stdoutLines()).containsExactly(
                "derived.drl:8: rule DERIVED-LOCALLY-ADVANCED: no scenario shows it firing",
                "ire-devices.drl:6: rule IRE-PACEMAKER: no scenario shows it firing",
                "ire-devices.drl:35: rule IRE-METAL-STENT: no scenario shows it not firing",
                "scenarios/lapc-pacemaker.yaml: IRE-PACEMAKER-UNKNOWN did not fire; IRE-PACEMAKER fired but must not",
                "2 passed, 4 failed");
    }
}
