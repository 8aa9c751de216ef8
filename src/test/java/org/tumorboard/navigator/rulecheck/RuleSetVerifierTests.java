package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseReader;

class RuleSetVerifierTests {

    @TempDir
    Path dir;

    private final RuleSetVerifier verifier = new RuleSetVerifier(CaseReader.withDefaultValidator());

    private Verification verify(Map<String, String> overrides) {
        return verifier.verify(TestRuleSets.starterCopy(dir, overrides));
    }

    @Test
    void theStarterRuleSetPasses() {
        Verification verification = verifier.verify(TestRuleSets.STARTER);
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.passed()).isEqualTo(3);
        assertThat(verification.ok()).isTrue();
    }

    @Test
    void aCatalogueEntryNoRuleCitesIsAProblem() throws Exception {
        String catalogue = Files.readString(TestRuleSets.STARTER.resolve("literature.yaml")) + """
                  - ref: 41
                    modalities: [IRE]
                    summary: Cited for IRE sparing the scaffolds of blood vessels and bile ducts.
                """;
        assertThat(verify(Map.of("literature.yaml", catalogue)).problems())
                .containsExactly("literature.yaml: reference 41 is cited by no rule");
    }

    @Test
    void aTrialNoRuleListsIsAProblem() throws Exception {
        String trials = Files.readString(TestRuleSets.STARTER.resolve("trials.yaml")) + """
                  - nct: NCT04093141
                    title: Chemotherapy followed by irreversible electroporation in patients with unresectable LAPC
                    location: Aalborg, Denmark
                    patients: 30
                    estimatedCompletion: 2024-05
                    stages: [LOCALLY_ADVANCED]
                """;
        assertThat(verify(Map.of("trials.yaml", trials)).problems())
                .containsExactly("trials.yaml: trial NCT04093141 is listed by no rule");
    }

    @Test
    void adviceWordingInARuleIsAProblemAtItsPlace() throws Exception {
        String devices = Files.readString(TestRuleSets.STARTER.resolve("ire-devices.drl"))
                .replace("rule \"The review reports that patients with pacemakers may not be candidates for IRE\"",
                        "rule \"Patients with pacemakers are not eligible for IRE\"");
        assertThat(verify(Map.of("ire-devices.drl", devices)).problems())
                .containsExactly("ire-devices.drl:6: rule IRE-PACEMAKER: advice wording in its title: eligible");
    }

    @Test
    void aScenarioWhoseCaseTheApiWouldRejectIsAProblem() {
        Verification verification = verify(Map.of("scenarios/typo.yaml", """
                purpose: A typo in a scenario's case is caught like a typo in an API call.
                case: {stage: LOCALLY_ADVANCED, pacemker: true}
                fires: [IRE-PACEMAKER]
                """));
        assertThat(verification.problems()).singleElement()
                .satisfies(p -> assertThat(p).startsWith("scenarios/typo.yaml:2: case.pacemker: unknown field"));
    }

    @Test
    void aScenarioNamingAnUnknownRuleFails() {
        Verification verification = verify(Map.of("scenarios/unknown-rule.yaml", """
                purpose: Names a rule that does not exist.
                case: {stage: METASTATIC}
                doesNotFire: [IRE-NO-SUCH-RULE]
                """));
        assertThat(verification.outcomes()).filteredOn(o -> !o.passed()).singleElement()
                .satisfies(o -> assertThat(o.failures()).containsExactly("names unknown rule IRE-NO-SUCH-RULE"));
        assertThat(verification.ok()).isFalse();
    }
}
