package org.tumorboard.navigator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

/** Figure 2's patient as an mCODE Bundle gets what its scenario's JSON case gets, from the real rule set. */
class FigureTwoBundleTests {

    @Test
    void theBundleYieldsTheSameConsiderationsAsTheEquivalentJsonCase() throws Exception {
        RuleEngine engine = RuleEngine.load(TestRuleSets.REAL);
        Scenario figure2 = new ScenarioLibrary(engine, CaseReader.withDefaultValidator()).walkthrough(2).orElseThrow();
        CaseFacts json = figure2.caseFacts();

        CaseFacts fromFhir = FhirFixtures.reader().readBundle(FhirFixtures.figure2());
        Evaluation fhirEvaluation = engine.evaluate(fromFhir);
        Evaluation jsonEvaluation = engine.evaluate(json);

        assertThat(fromFhir).isEqualTo(withoutLabel(json));
        assertThat(fhirEvaluation.considerations()).isNotEmpty().isEqualTo(jsonEvaluation.considerations());
        assertThat(fhirEvaluation.trials()).isEqualTo(jsonEvaluation.trials());
        assertThat(fhirEvaluation.firedRules()).containsAll(figure2.fires());
    }

    /** The scenario's case but for its label, which a Bundle never carries. */
    private static CaseFacts withoutLabel(CaseFacts facts) {
        return Cases.from(facts).label(null).build();
    }
}
