package org.tumorboard.navigator.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rule-checking subcommands: impact, sweep, mutate, verify --approve. */
class RuleCheckCommandsTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path rules, String... args) {
        return new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), rules).run(args);
    }

    private List<String> stdout() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void impactComparesAnOldRuleSetWithTheConfiguredOneAndEndsWithTheSummary(@TempDir Path dir) {
        Path at5 = RuleSetCopies.huangLimitAt5Cm(dir);
        assertThat(run(TestRuleSets.REAL, "impact", at5.toString())).isEqualTo(Commands.OK);
        String changed = stdout().get(stdout().size() - 1).replaceFirst("^\\d+ cases compared, (\\d+) changed$", "$1");
        assertThat(Integer.parseInt(changed)).isPositive();
        assertThat(stdout()).contains("rule IRE-TUMOUR-OVER-4CM: newly applies in " + changed + ", no longer applies in 0",
                "rule IRE-TUMOUR-WITHIN-4CM: newly applies in 0, no longer applies in " + changed);
    }

    @Test
    void impactWritesJsonForMachines() {
        assertThat(run(TestRuleSets.STARTER, "impact", TestRuleSets.STARTER.toString(), "--json")).isEqualTo(Commands.OK);
        JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("compared").asInt()).isPositive();
        assertThat(report.get("cases").isEmpty()).isTrue();
    }

    @Test
    void sweepPrintsTheSummaryAndExitsZeroWhenEveryInvariantHolds() {
        assertThat(run(TestRuleSets.REAL, "sweep", "--exhaustive", "pacemaker,stage")).isEqualTo(Commands.OK);
        assertThat(stdout()).singleElement().asString().matches("\\d+ cases, \\d+ invariants, 0 violations");
    }

    @Test
    void verifyApproveWritesTheApprovedOutput(@TempDir Path dir) {
        RuleSetCopies.copy(TestRuleSets.STARTER, dir);
        assertThat(run(TestRuleSets.STARTER, "verify", dir.toString(), "--approve")).isEqualTo(Commands.OK);
        assertThat(dir.resolve("approved-output.yaml")).content().contains("lapc-pacemaker:\n  - IRE-PACEMAKER\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "impact; usage: java -jar tumor-board.jar impact OLD_RULES_DIR",
            "impact rules --exhaustive pacemker; pacemker: not a case field any rule reads",
            "impact rules --sed 3; unknown option --sed",
            "sweep --seed x; --seed must be a whole number, got x",
            "sweep --exhaustive; --exhaustive needs a value",
            "mutate a b; usage: java -jar tumor-board.jar mutate [RULES_DIR]",
    })
    void badArgumentsGetAClearMessageAndExitTwo(String args, String message) {
        assertThat(run(TestRuleSets.REAL, args.split(" "))).isEqualTo(Commands.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    }

    @Test
    void aRuleSetThatDoesNotLoadExitsOne(@TempDir Path dir) {
        assertThat(run(TestRuleSets.REAL, "sweep", dir.toString())).isEqualTo(Commands.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no .drl files");
    }
}
