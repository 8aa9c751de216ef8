package org.tumorboard.navigator.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar, run as a user would: stdout carries only results, stderr only messages, exit codes hold. */
class CommandLineJarIT {

    private static final Path JAR = Path.of(System.getProperty("tumorboard.jar", "target/tumor-board.jar"));

    record Run(int exit, String stdout, String stderr) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void evaluatePrintsOneJsonLinePerFileAndNothingElse() throws Exception {
        Run run = java("evaluate", "src/test/resources/cases/lapc-head-stent.json",
                "src/test/resources/cases/liver-dominant-progression.json");
        assertThat(run.exit()).as(run.stderr()).isZero();
        List<JsonNode> lines = run.stdout().lines().map(l -> JsonMapper.builder().build().readTree(l)).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).at("/case/stage").asString()).isEqualTo("LOCALLY_ADVANCED");
        assertThat(lines.get(1).at("/case/stage").asString()).isEqualTo("METASTATIC");
        assertThat(lines).allSatisfy(l -> assertThat(l.at("/considerations").size()).isPositive());
    }

    @Test
    void anInvalidFileExitsTwoWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"stage\": \"METASTATIC\", \"pacemker\": true}");
        Run run = java("evaluate", typo.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith(typo + ": pacemker: unknown field"));
    }

    /** A mistake prints the usage and exits 2; help exits 0. Neither starts the web server (which would not exit). */
    @ParameterizedTest
    @CsvSource({"evalute x.json, 2, ''", "--help, 0, usage:", "-h, 0, usage:"})
    void mistakesAndHelpPrintTheUsageWithoutStartingTheWebServer(String args, int exit, String stdout)
            throws Exception {
        Run run = java(args.split(" "));
        assertThat(run.exit()).as(run.stderr()).isEqualTo(exit);
        assertThat(run.stdout()).startsWith(stdout);
        assertThat(run.stdout() + run.stderr()).contains("evaluate FILE...").doesNotContain("Tomcat", "Spring Boot");
    }

    @Test
    void verifyRunsTheRealScenarios() throws Exception {
        Run run = java("verify");
        assertThat(run.exit()).as(run.stdout()).isZero();
        assertThat(run.stdout().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ passed, 0 failed");
    }
}
