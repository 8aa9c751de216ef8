package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.intake.CaseReader;

class MutationTestingTests {

    /** The gate: the shipped scenarios and invariants kill at least 90% of the rule mutants. */
    @Test
    void theShippedRuleSetScoresAtLeastTheRequiredMutationScore() {
        MutationReport report = new MutationTesting(CaseReader.withDefaultValidator()).run(TestRuleSets.REAL);
        assertThat(report.score()).as(String.join("\n", report.lines())).isGreaterThanOrEqualTo(MutationReport.REQUIRED);
        assertThat(report.mutants()).isGreaterThan(300);
        assertThat(report.rules()).hasSize((int) RuleSetLoader.load(TestRuleSets.REAL).rules().stream()
                .filter(r -> !r.derivation()).count());
        assertThat(report.lines()).last().isEqualTo(report.summary());
    }

    @Test
    void makesEachKindOfMutantOfARuleWithAOneLineDiff() {
        RuleSet starter = TestRuleSets.starterEngine().ruleSet();
        RuleInfo pacemaker = starter.rule("IRE-PACEMAKER").orElseThrow();
        List<Mutant> mutants = new Mutator(CaseSpace.of(starter)).mutants(pacemaker);
        assertThat(mutants).extracting(Mutant::operator, Mutant::diff).containsExactly(
                org.assertj.core.groups.Tuple.tuple("drop-pattern", "ire-devices.drl:15: LocallyAdvanced()  →  (line removed)"),
                org.assertj.core.groups.Tuple.tuple("drop-pattern", "ire-devices.drl:16: CaseFacts( pacemaker == true )  →  (line removed)"),
                org.assertj.core.groups.Tuple.tuple("negate", "ire-devices.drl:16: CaseFacts( pacemaker == true )  →  CaseFacts( !(pacemaker == true) )"),
                org.assertj.core.groups.Tuple.tuple("drop-constraint", "ire-devices.drl:16: CaseFacts( pacemaker == true )  →  CaseFacts(  )"),
                org.assertj.core.groups.Tuple.tuple("swap", "ire-devices.drl:16: CaseFacts( pacemaker == true )  →  CaseFacts( pacemaker == false )"),
                org.assertj.core.groups.Tuple.tuple("swap", "ire-devices.drl:16: CaseFacts( pacemaker == true )  →  CaseFacts( pacemaker == null )"));
    }

    @Test
    void movesAThresholdToTheNextRepresentativeValueOnEitherSide(@TempDir Path dir) {
        RuleSet ruleSet = RuleSetLoader.load(TestRuleSets.sizedCopy(dir));
        List<Mutant> mutants = new Mutator(CaseSpace.of(ruleSet)).mutants(ruleSet.rule("SIZE-OVER-4CM").orElseThrow());
        assertThat(mutants).filteredOn(m -> m.operator().equals("threshold")).extracting(Mutant::diff)
                .containsExactly("size.drl:10: CaseFacts( tumorSizeCm > 4.0 )  →  CaseFacts( tumorSizeCm > 3.9 )",
                        "size.drl:10: CaseFacts( tumorSizeCm > 4.0 )  →  CaseFacts( tumorSizeCm > 4.1 )");
    }
}
