package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.ScenarioLoader;

class ApprovedOutputTests {

    private static final CaseReader READER = CaseReader.withDefaultValidator();

    @Test
    void everyShippedScenarioGivesItsApprovedOutput() {
        RuleEngine engine = RuleEngine.load(TestRuleSets.REAL);
        assertThat(Files.exists(TestRuleSets.REAL.resolve(ApprovedOutput.FILE))).isTrue();
        assertThat(ApprovedOutput.differences(engine, new ScenarioLoader(READER).load(TestRuleSets.REAL, new ArrayList<>())))
                .isEmpty();
    }

    /** A duplicated scenario (a bad merge) is refused with its line, never read as either of the two. */
    @Test
    void aDuplicatedKeyOrAValueOfTheWrongKindIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        RuleSetCopies.copy(TestRuleSets.STARTER, dir);
        RuleSetVerifier verifier = new RuleSetVerifier(READER);
        assertThat(verifier.approveAndVerify(dir).ok()).isTrue();
        Path file = dir.resolve(ApprovedOutput.FILE);
        String approved = Files.readString(file);
        Files.writeString(file, approved + "metastatic:\n  - IRE-PACEMAKER\n");
        int line = (int) approved.lines().count() + 1;
        assertThat(verifier.verify(dir).lines()).anySatisfy(l -> assertThat(l)
                .startsWith(ApprovedOutput.FILE + ":" + line + ":").contains("metastatic"));
        Files.writeString(file, "metastatic: 3\n");
        assertThat(verifier.verify(dir).lines()).anySatisfy(l -> assertThat(l)
                .startsWith(ApprovedOutput.FILE + ":1:").contains("must be a list"));
    }

    @Test
    void verifyReportsAChangedConsiderationInAnyScenarioAndApproveAcceptsIt(@TempDir Path dir) {
        RuleSetCopies.copy(TestRuleSets.STARTER, dir);
        RuleSetVerifier verifier = new RuleSetVerifier(READER);
        assertThat(verifier.approveAndVerify(dir).ok()).isTrue();
        RuleSetCopies.replace(dir, "ire-devices.drl", "CaseFacts( pacemaker == null )", "CaseFacts( pacemaker != false )");
        assertThat(verifier.verify(dir).lines()).contains(
                "scenarios/lapc-pacemaker.yaml: output differs from approved-output.yaml: +IRE-PACEMAKER-UNKNOWN");
        assertThat(verifier.approveAndVerify(dir).lines()).noneMatch(l -> l.contains(ApprovedOutput.FILE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "A B C; A B C; ''",
            "A B C; A C; -B",
            "A C; A B C; +B",
            "A B; B A; -A +A",
            "A B C; A D C; -B +D",
    })
    void aDiffListsRemovedAndAddedIdsInOrder(String before, String after, String diff) {
        assertThat(ApprovedOutput.diff(List.of(before.split(" ")), Arrays.asList(after.split(" ")))).isEqualTo(diff);
    }
}
