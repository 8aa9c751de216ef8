package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseReader;

class SweepTests {

    private static final Sweep SWEEP = new Sweep(CaseReader.withDefaultValidator());
    private static RuleEngine real;

    @BeforeAll
    static void load() {
        real = RuleEngine.load(TestRuleSets.REAL);
    }

    @Test
    void everyShippedInvariantHoldsOverTheWholeLibrary() {
        SweepReport report = SWEEP.run(real);
        assertThat(report.lines()).containsExactly(report.summary());
        assertThat(report.ok()).isTrue();
        assertThat(report.invariants()).isGreaterThanOrEqualTo(15);
        assertThat(report.cases()).isEqualTo(CaseLibrary.generate(CaseSpace.of(real.ruleSet()), CaseReader.withDefaultValidator()).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "CaseFacts( pacemaker == true ); CaseFacts( pacemaker != false ); never-together: [IRE-PACEMAKER, IRE-PACEMAKER-UNKNOWN]; {\"stage\":\"LOCALLY_ADVANCED\"}",
            "CaseFacts( surgicalClips == null ); CaseFacts( surgicalClips != true ); known-value-resolves: surgicalClips; {\"stage\":\"LOCALLY_ADVANCED\",\"surgicalClips\":false}",
    })
    void aBrokenRuleIsReportedWithASmallestCase(String text, String broken, String invariant, String smallest,
                                                 @TempDir Path dir) {
        RuleSetCopies.copy(TestRuleSets.REAL, dir);
        RuleSetCopies.replace(dir, "ire-devices.drl", text, broken);
        SweepReport report = SWEEP.run(RuleEngine.load(dir));
        assertThat(report.ok()).isFalse();
        assertThat(report.violations()).filteredOn(v -> v.invariant().equals(invariant))
                .anySatisfy(v -> assertThat(v.json()).isEqualTo(smallest));
        assertThat(report.lines()).last().isEqualTo(report.cases() + " cases, " + report.invariants() + " invariants, "
                + (report.violations().size() + report.problems().size()) + " violations");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "- never-together: [IRE-PACEMAKER]; entry 1: never-together takes two rule ids",
            "- never-together: [IRE-PACEMAKER, IRE-PACEMAKR]; entry 1: no rule with id IRE-PACEMAKR",
            "- known-value-resolves: pacemker; entry 1: pacemker is not a case field",
            "- known-value-resolves: stage; entry 1: no MISSING_INFORMATION rule reads stage alone",
            "- stages: IRE-* STAGE_IV; entry 1: stage \"STAGE_IV\" is not one of",
            "- stages: NOPE-* METASTATIC; entry 1: NOPE-* names no rule",
            "- sometimes: [A, B]; entry 1: needs exactly one of never-together",
            "- exactly-one: [IRE-PACEMAKER, IRE-PACEMAKER-UNKNOWN]; entry 1: stage \"\" is not one of",
            "never-together: x; invariants.yaml: must be a list",
            "- treatment-setting: DERIVED-LOCALLY-ADVANCED; entry 1: treatment-setting takes a derivation rule id and modalities",
            "- treatment-setting: DERIVED-LOCALLY-ADVANCED|  modalities: [LASER]; entry 1: modality \"LASER\" is not one of",
            "- treatment-setting: IRE-PACEMAKER|  modalities: [IRE]; entry 1: IRE-PACEMAKER is not a derivation rule",
            "- missing-fact-asked-once: IRE-PACEMAKER-UNKNOWN; entry 1: missing-fact-asked-once takes all",
    })
    void aWrongInvariantIsReportedNamingItsEntry(String yaml, String problem, @TempDir Path dir) throws Exception {
        RuleSetCopies.copy(TestRuleSets.STARTER, dir);
        Files.writeString(dir.resolve(InvariantLoader.FILE), yaml.replace('|', '\n') + "\n");
        List<String> problems = new ArrayList<>();
        List<Invariant> invariants = InvariantLoader.load(RuleEngine.load(dir).ruleSet(), problems);
        assertThat(invariants).isEmpty();
        assertThat(problems).singleElement().asString().contains(problem);
    }

    /** A caution without its treatment's evidence, and a fact asked twice, are found over the whole library. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "ire-devices.drl; IreSetting()|    CaseFacts( pacemaker == null ); CaseFacts( pacemaker == null ); treatment-setting: DERIVED-IRE-SETTING [IRE]; IRE-PACEMAKER-UNKNOWN is shown without evidence or notes of [IRE]",
            "mwa.drl; LocalAblationContext()|    not LocallyAdvanced()|; LocalAblationContext()|; missing-fact-asked-once: all; tumorSizeCm is asked for by both",
    })
    void aCautionOutsideItsSettingOrAFactAskedTwiceIsAViolation(String file, String text, String broken, String invariant,
                                                               String message, @TempDir Path dir) {
        RuleSetCopies.copy(TestRuleSets.REAL, dir);
        RuleSetCopies.replace(dir, file, text.replace('|', '\n'), broken.replace('|', '\n'));
        SweepReport report = SWEEP.run(RuleEngine.load(dir));
        assertThat(report.violations()).filteredOn(v -> v.invariant().equals(invariant))
                .isNotEmpty().allSatisfy(v -> assertThat(v.message()).contains(message));
    }

    /** A key given twice in one entry (a bad merge) is refused with its line, never silently dropped. */
    @Test
    void aDuplicatedKeyIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        RuleSetCopies.copy(TestRuleSets.STARTER, dir);
        Files.writeString(dir.resolve(InvariantLoader.FILE), "- never-together: [IRE-PACEMAKER, IRE-METAL-STENT]\n"
                + "  never-together: [IRE-PACEMAKER, IRE-PACEMAKER-UNKNOWN]\n");
        List<String> problems = new ArrayList<>();
        assertThat(InvariantLoader.load(RuleEngine.load(dir).ruleSet(), problems)).isEmpty();
        assertThat(problems).singleElement().asString().startsWith(InvariantLoader.FILE + ":2:")
                .contains("never-together");
    }
}
