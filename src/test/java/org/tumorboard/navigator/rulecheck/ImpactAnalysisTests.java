package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.Stage;

class ImpactAnalysisTests {

    @TempDir
    static Path dir;

    private static RuleEngine real;
    private static ImpactReport moved;

    @BeforeAll
    static void compare() {
        real = RuleEngine.load(TestRuleSets.REAL);
        RuleEngine at4 = RuleEngine.load(TestRuleSets.sizedCopy(dir.resolve("at4")));
        RuleEngine at5 = RuleEngine.load(TestRuleSets.starterCopy(dir.resolve("at5"),
                Map.of("size.drl", TestRuleSets.SIZE_RULES.replace("tumorSizeCm > 4.0", "tumorSizeCm > 5.0"))));
        moved = new ImpactAnalysis(CaseReader.withDefaultValidator()).compare(at4, at5);
    }

    @Test
    void movingA4CmLimitTo5CmChangesExactlyTheSizeRuleForTumoursOver4UpTo5Cm() {
        assertThat(moved.rules()).containsExactly(new ImpactReport.RuleChange("SIZE-OVER-4CM", 0, moved.cases().size()));
        assertThat(moved.cases()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.caseFacts().stage()).isEqualTo(Stage.LOCALLY_ADVANCED);
            assertThat(c.caseFacts().tumorSizeCm()).isGreaterThan(4.0).isLessThanOrEqualTo(5.0);
            assertThat(c.changes()).extracting(ImpactReport.ConsiderationChange::change, ImpactReport.ConsiderationChange::ruleId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ImpactReport.Change.REMOVED, "SIZE-OVER-4CM"));
            assertThat(c.resultUrl()).startsWith("/cases/evaluation?").contains("stage=LOCALLY_ADVANCED&");
        });
        Set<Double> sizes = moved.cases().stream().map(c -> c.caseFacts().tumorSizeCm()).collect(Collectors.toSet());
        assertThat(sizes).contains(4.1, 5.0).doesNotContain(4.0, 5.1);
        assertThat(moved.lines()).last().isEqualTo(moved.compared() + " cases compared, " + moved.cases().size() + " changed");
    }

    @Test
    void aRuleSetComparedWithItselfChangesNothing() {
        ImpactReport same = new ImpactAnalysis(CaseReader.withDefaultValidator()).compare(real, real);
        assertThat(same.cases()).isEmpty();
        assertThat(same.rules()).isEmpty();
        assertThat(same.compared()).isGreaterThan(same.libraryCases()).isGreaterThan(1000);
    }

    @Test
    void aDerivationRuleThatFiresInOtherCasesIsCountedThoughNoConsiderationChanges(@TempDir Path other) {
        RuleEngine before = RuleEngine.load(TestRuleSets.starterCopy(other.resolve("before"),
                Map.of("paced.drl", pacedWhen("true"))));
        RuleEngine after = RuleEngine.load(TestRuleSets.starterCopy(other.resolve("after"),
                Map.of("paced.drl", pacedWhen("false"))));
        ImpactReport report = new ImpactAnalysis(CaseReader.withDefaultValidator()).compare(before, after);
        assertThat(report.cases()).as("no consideration reads Paced").isEmpty();
        assertThat(report.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo("DERIVED-PACED");
            assertThat(rule.newlyApplies()).isPositive();
            assertThat(rule.noLongerApplies()).isPositive();
        });
    }

    /** A derivation rule writing a fact no rule reads, when the case's pacemaker field has the given value. */
    private static String pacedWhen(String pacemaker) {
        return """
                package org.tumorboard.rules;

                import org.tumorboard.navigator.intake.CaseFacts;

                declare Paced end

                rule "A case with the given pacemaker value is paced"
                    @id("DERIVED-PACED")
                    @derived
                    @refs("review")
                    @passage("This review summarizes new ablative options for patients with LAPC")
                when
                    CaseFacts( pacemaker == %s )
                then
                    insertLogical(new Paced());
                end
                """.formatted(pacemaker);
    }

    @Test
    void aChangedTitleIsReportedAsAChangedConsiderationWithWhatDiffers(@TempDir Path other) {
        RuleEngine starter = RuleEngine.load(TestRuleSets.STARTER);
        RuleSetCopies.copy(TestRuleSets.STARTER, other);
        RuleSetCopies.replace(other, "ire-devices.drl", "rule \"The review reports that patients with pacemakers may not be candidates for IRE\"",
                "rule \"The review reports that patients with pacemakers may not be IRE candidates\"");
        RuleEngine retitled = RuleEngine.load(other);
        ImpactReport report = new ImpactAnalysis(CaseReader.withDefaultValidator()).compare(starter, retitled);
        assertThat(report.rules()).isEmpty();
        ImpactAnalysis analysis = new ImpactAnalysis(CaseReader.withDefaultValidator());
        long showingTheRule = analysis.cases(starter, retitled, CaseLibrary.DEFAULT_SEED, List.of()).sources().keySet().stream()
                .filter(facts -> starter.evaluate(facts).considerations().stream()
                        .anyMatch(c -> c.ruleId().equals("IRE-PACEMAKER")))
                .count();
        assertThat(report.cases()).as("every case that shows the rule").hasSize((int) showingTheRule);
        assertThat(report.cases()).isNotEmpty().allSatisfy(c -> assertThat(c.changes()).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(ImpactReport.Change.CHANGED);
            assertThat(change.ruleId()).isEqualTo("IRE-PACEMAKER");
            assertThat(change.differences()).isEqualTo(List.of("title"));
        }));
    }
}
