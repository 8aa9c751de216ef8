package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
    void movesAThresholdToTheNextRepresentativeValueOnEitherSide() {
        RuleSet real = RuleSetLoader.load(TestRuleSets.REAL);
        List<Mutant> mutants = new Mutator(CaseSpace.of(real)).mutants(real.rule("IRE-TUMOUR-OVER-4CM").orElseThrow());
        assertThat(mutants).filteredOn(m -> m.operator().equals("threshold")).extracting(Mutant::diff)
                .allSatisfy(d -> assertThat(d).startsWith("ire-selection.drl:"))
                .anySatisfy(d -> assertThat(d).endsWith("tumorSizeCm > 3.9, $size : tumorSizeCm )"))
                .anySatisfy(d -> assertThat(d).endsWith("tumorSizeCm > 4.1, $size : tumorSizeCm )"))
                .hasSize(2);
    }
}
