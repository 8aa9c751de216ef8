package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;
import org.tumorboard.navigator.catalogue.Claim;
import org.tumorboard.navigator.catalogue.LiteratureTable;
import org.tumorboard.navigator.catalogue.Reference;
import org.tumorboard.navigator.catalogue.Trial;

/**
 * Catalogue checks of the real rule set for content: trials only for the stages
 * their titles bear on, each statement in one consideration per result, no unsupported "only" or detached caveat,
 * and chart data (quotations against the sources: SourceFidelityTests) that draws each study once with its own figures.
 */
class ContentCorrectionsTests {

    private static RuleEngine engine;
    private static List<Scenario> scenarios;

    @BeforeAll
    static void load() {
        engine = RuleEngine.load(TestRuleSets.REAL);
        scenarios = new ScenarioLoader(CaseReader.withDefaultValidator()).load(TestRuleSets.REAL, new ArrayList<>());
    }

    /** Item 3: a trial is listed only for a case of a stage its title bears on (trials.yaml 'stages'; [] = any). */
    @Test
    void trialsAreListedOnlyForTheStagesTheirTitlesBearOn() {
        List<String> problems = new ArrayList<>();
        for (Scenario s : scenarios) {
            Evaluation evaluation = engine.evaluate(s.caseFacts());
            for (Trial trial : evaluation.trials()) {
                if (!trial.stages().isEmpty() && !trial.stages().contains(s.caseFacts().stage())) {
                    problems.add(s.name() + ": " + trial.nct() + " (" + trial.stages() + ") listed for "
                            + s.caseFacts().stage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Item 5: each of these statements appears in at most one consideration of any result. */
    @Test
    void eachStatementIsMadeInOneConsiderationPerResult() {
        Map<String, Pattern> statements = Map.of(
                "open-IRE adverse-event range", Pattern.compile("4% to 53%"),
                "registry caveat", Pattern.compile("registry"),
                "Giardino's arms", Pattern.compile("25\\.6 months"),
                "Huang's median OS", Pattern.compile("22\\.6 months"),
                "Huang's TS-1 comparison", Pattern.compile("TS-1"),
                "Hua's study size", Pattern.compile("102 patients"),
                "Park's study size", Pattern.compile("34 patients"),
                "the authors' TARE study size", Pattern.compile("26 patients"),
                "matching control", Pattern.compile("matching control"));
        List<String> problems = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<Consideration> considerations = engine.evaluate(s.caseFacts()).considerations();
            statements.forEach((name, pattern) -> {
                List<String> saying = considerations.stream()
                        .filter(c -> pattern.matcher(c.title() + " " + c.explanation()).find())
                        .map(Consideration::ruleId).toList();
                if (saying.size() > 1) {
                    problems.add(s.name() + ": " + name + " in " + saying);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** Item 4: a title says "only" only where the passage it quotes does. */
    @Test
    void aTitleSaysOnlyWhereTheQuotedPassageDoes() {
        Pattern only = Pattern.compile("\\bonly\\b", Pattern.CASE_INSENSITIVE);
        assertThat(engine.ruleSet().rules()).filteredOn(r -> only.matcher(r.title()).find())
                .allSatisfy(r -> assertThat(r.passage()).as(r.id()).containsIgnoringCase("only"));
    }

    /** Item 4: "not proved compared to a matching control group" is said only together with Lambert's recommendation. */
    @Test
    void theMatchingControlCaveatStaysWithLambertsRecommendation() {
        for (RuleInfo rule : engine.ruleSet().rules()) {
            if (rule.explanation() != null && rule.explanation().contains("matching control")) {
                assertThat(rule.explanation()).as(rule.id()).contains("Lambert");
                assertThat(rule.citations()).as(rule.id()).extracting(Citation::reviewRef).contains(54);
            }
        }
        for (Claim claim : engine.ruleSet().literature().claims()) {
            if (claim.reviewReports().contains("matching control")) {
                assertThat(claim.reviewReports()).contains("Lambert");
                assertThat(claim.refs()).contains(54);
            }
        }
    }

    /** Item 4: the review groups cryoablation with the heat-based ablations; the TACE-TARE note gives no figures. */
    @Test
    void groupingsAndComparisonsAreTheReviews() {
        Pattern heatBased = Pattern.compile("heat-based[^.]*\\(([^)]*)\\)");
        for (RuleInfo rule : engine.ruleSet().rules()) {
            var m = rule.explanation() == null ? null : heatBased.matcher(rule.explanation());
            while (m != null && m.find()) {
                assertThat(m.group(1)).as(rule.id()).contains("cryoablation");
            }
        }
        assertThat(engine.ruleSet().rule("TACE-NO-HEAD-TO-HEAD-WITH-TARE")).get()
                .extracting(RuleInfo::explanation).asString().doesNotContainPattern("\\d+(\\.\\d+)? months");
    }

    /** Item 7: each charted study sits in one group, its table's, and is drawn with figures for all its patients. */
    @Test
    void chartDataDrawsEachStudyOnceWithItsOwnFigures() {
        var literature = engine.ruleSet().literature();
        for (Reference r : literature.references()) {
            if (r.medianOsMonths() != null) {
                assertThat(r.modalities()).as("charted reference " + r.ref() + " has one modality").hasSize(1);
            }
            if (r.table() != null) {
                LiteratureTable table = literature.tables().stream().filter(t -> t.number() == r.table())
                        .findFirst().orElseThrow();
                assertThat(r.modalities()).as("reference " + r.ref() + " in Table " + r.table())
                        .containsExactly(table.modality());
            }
        }
        // The review gives these studies' medians per arm or group only (Giardino [16], Niu [34]).
        assertThat(literature.reference(16)).get().extracting(Reference::medianOsMonths).isNull();
        assertThat(literature.reference(34)).get().extracting(Reference::medianOsMonths).isNull();
    }
}
