package org.tumorboard.navigator.commandline;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
        assertThat(stderr()).isEqualTo("usage: java -jar tumor-board.jar evaluate FILE...%n".formatted());
        assertThat(stdoutLines()).isEmpty();
    }

    @Test
    void verifyWithTwoDirectoriesIsAUsageError() {
        assertThat(run(TestRuleSets.STARTER, "verify", "a", "b")).isEqualTo(Commands.INVALID_INPUT);
        assertThat(stderr()).isEqualTo("usage: java -jar tumor-board.jar %s%n".formatted(VerifyCommand.USAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h", "evaluate --help", "--server.port=9090 -h"})
    void helpPrintsEverySubcommandsUsageOnStdoutAndExitsZero(String help) {
        assertThat(run(TestRuleSets.STARTER, help.split(" "))).isEqualTo(Commands.OK);
        assertThat(stderr()).isEmpty();
        assertThat(stdoutLines().get(0)).startsWith("usage: java -jar tumor-board.jar");
        assertThat(stdoutLines()).hasSize(Commands.SUBCOMMANDS.size() + 3);
        Commands.SUBCOMMANDS.values().forEach(subcommand -> assertThat(stdoutLines())
                .anySatisfy(line -> assertThat(line).startsWith("  " + subcommand.usage() + " ")
                        .endsWith(subcommand.summary())));
    }

    @ParameterizedTest
    @CsvSource({"evalute, x.json", "-x, ''", "server.port=9090, ''"})
    void aMistypedSubcommandPrintsTheUsageOnStderrAndExitsTwo(String word, String argument) {
        String[] args = argument.isEmpty() ? new String[] {word} : new String[] {word, argument};
        assertThat(Commands.handles(args)).isTrue();
        assertThat(run(TestRuleSets.STARTER, args)).isEqualTo(Commands.INVALID_INPUT);
        assertThat(stdoutLines()).isEmpty();
        assertThat(stderr().lines().toList()).first().isEqualTo("unknown command '" + word + "'");
        assertThat(stderr()).contains("usage: java -jar tumor-board.jar", "evaluate FILE...", VerifyCommand.USAGE);
    }

    @Test
    void aSubcommandAfterAnOptionIsAMistake() {
        assertThat(run(TestRuleSets.STARTER, "--server.port=9090", "verify")).isEqualTo(Commands.INVALID_INPUT);
        assertThat(stderr().lines().toList()).first().isEqualTo("a subcommand comes first, before any --option");
        assertThat(stdoutLines()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("webAppArguments")
    void noArgumentsOrOnlySpringPropertiesStartTheWebApp(List<String> args) {
        assertThat(Commands.handles(args.toArray(String[]::new))).isFalse();
    }

    static Stream<List<String>> webAppArguments() {
        return Stream.of(List.of(), List.of("--server.port=9090"),
                List.of("--server.port=0", "--tumorboard.rules-dir=rules", "--debug"));
    }

    @ParameterizedTest
    @MethodSource("commandLineArguments")
    void subcommandsHelpAndMistakesAreHandledWithoutTheWebApp(List<String> args) {
        assertThat(Commands.handles(args.toArray(String[]::new))).isTrue();
    }

    static Stream<List<String>> commandLineArguments() {
        return Stream.of(List.of("evaluate", "x.json"), List.of("verify"), List.of("--help"), List.of("-h"),
                List.of("help"), List.of("--server.port=9090", "evalute"), List.of("--server.port=9090", "--help"));
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
