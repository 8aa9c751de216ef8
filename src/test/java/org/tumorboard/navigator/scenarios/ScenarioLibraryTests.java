package org.tumorboard.navigator.scenarios;


import org.tumorboard.navigator.intake.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;

class ScenarioLibraryTests {

    private static final CaseFacts CASE = Cases.metastatic().build();
    private static final Walkthrough TEACHING = new Walkthrough("t", "p", "q", "o");

    @Test
    void theStarterScenariosAreReadFromTheEnginesRulesDirectory() {
        ScenarioLibrary library = new ScenarioLibrary(TestRuleSets.starterEngine(), CaseReader.withDefaultValidator());
        assertThat(library.all()).extracting(Scenario::name)
                .containsExactly("lapc-pacemaker", "lapc-unknowns", "metastatic");
        assertThat(library.firing("IRE-PACEMAKER")).extracting(Scenario::name).containsExactly("lapc-pacemaker");
        assertThat(library.notFiring("IRE-PACEMAKER")).extracting(Scenario::name)
                .containsExactly("lapc-unknowns", "metastatic");
        assertThat(library.walkthroughs()).isEmpty();
    }

    @Test
    void walkthroughsAreTheFigureScenariosWithATeachingVersionInFigureOrder() {
        ScenarioLibrary library = new ScenarioLibrary(List.of(
                new Scenario("b-figure-2", "p", 2, CASE, List.of(), List.of(), TEACHING),
                new Scenario("a-figure-10", "p", 10, CASE, List.of(), List.of(), TEACHING),
                new Scenario("c-figure-without-walkthrough", "p", 3, CASE, List.of(), List.of(), null),
                new Scenario("d-plain", "p", null, CASE, List.of(), List.of(), TEACHING)));
        assertThat(library.walkthroughs()).extracting(Scenario::figure).containsExactly(2, 10);
        assertThat(library.walkthrough(10)).map(Scenario::name).contains("a-figure-10");
        assertThat(library.walkthrough(3)).isEmpty();
        assertThat(library.all()).extracting(Scenario::name).first().isEqualTo("a-figure-10");
    }
}
