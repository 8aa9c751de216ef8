package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.catalogue.Modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Stage;

class RuleEngineTests {

    private final RuleEngine engine = TestRuleSets.starterEngine();

    private static CaseFacts lapc(Boolean pacemaker, Boolean metalStent) {
        return Cases.lapc().with("pacemaker", pacemaker).with("metalBiliaryStent", metalStent).build();
    }

    @Test
    void aPacemakerGivesTheCautionWithItsReasonAndCitation() {
        Evaluation evaluation = engine.evaluate(lapc(true, false));
        assertThat(evaluation.considerations()).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("IRE-PACEMAKER");
            assertThat(c.modality()).isEqualTo(Modality.IRE);
            assertThat(c.kind()).isEqualTo(Kind.CAUTION);
            assertThat(c.because()).containsExactly("stage = LOCALLY_ADVANCED", "pacemaker = yes");
            assertThat(c.citations()).extracting(Citation::reviewRef).containsExactly(40);
        });
        assertThat(evaluation.trials()).extracting(t -> t.nct()).containsExactly("NCT03614910");
        assertThat(evaluation.firedRules()).containsExactly("DERIVED-LOCALLY-ADVANCED", "IRE-PACEMAKER");
        assertThat(evaluation.disclaimer()).contains("Not treatment advice");
        assertThat(evaluation.ruleSetVersion()).isEqualTo(engine.ruleSet().version());
    }

    @Test
    void aPooledSessionKeepsNothingOfTheCaseBefore() {
        Evaluation fresh = engine.evaluate(lapc(true, true));
        engine.evaluate(lapc(null, null));
        assertThat(engine.evaluate(lapc(true, true))).isEqualTo(fresh);
        assertThat(fresh.firedRules()).contains("DERIVED-LOCALLY-ADVANCED", "IRE-PACEMAKER", "IRE-METAL-STENT");
    }

    @Test
    void unknownIsMissingInformationAndNeverReadAsNo() {
        assertThat(engine.evaluate(lapc(null, null)).considerations()).extracting(Consideration::ruleId, Consideration::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IRE-PACEMAKER-UNKNOWN", Kind.MISSING_INFORMATION));
        assertThat(engine.evaluate(lapc(false, false)).considerations()).isEmpty();
    }

    @Test
    void considerationsComeInAStableOrder() {
        Evaluation evaluation = engine.evaluate(lapc(null, true));
        assertThat(evaluation.considerations()).extracting(Consideration::ruleId)
                .containsExactly("IRE-METAL-STENT", "IRE-PACEMAKER-UNKNOWN");
        assertThat(engine.evaluate(lapc(null, true))).isEqualTo(evaluation);
    }

    /**
     * Modality first (GENERAL before IRE), then kind in its declared order (CAUTION, MISSING_INFORMATION, EVIDENCE,
     * NOTE), then rule id: the added rules' ids sort against their modality and kind, so each step shows.
     */
    @Test
    void considerationsAreOrderedByModalityThenKindThenRuleId(@TempDir Path dir) {
        Path rules = TestRuleSets.starterCopy(dir, Map.of("order.drl", """
                package org.tumorboard.rules;

                import org.tumorboard.navigator.drools.Conclusion;
                """ + noteRule("IRE-AAA-NOTE", "IRE") + noteRule("ZZZ-GENERAL-NOTE", "GENERAL")));
        Evaluation evaluation = RuleEngine.load(rules).evaluate(lapc(null, true));
        assertThat(evaluation.considerations()).extracting(Consideration::ruleId).containsExactly(
                "ZZZ-GENERAL-NOTE", "IRE-METAL-STENT", "IRE-PACEMAKER-UNKNOWN", "IRE-AAA-NOTE");
        assertThat(evaluation.considerations()).extracting(Consideration::kind).containsExactly(
                Kind.NOTE, Kind.CAUTION, Kind.MISSING_INFORMATION, Kind.NOTE);
    }

    /** A NOTE rule that fires for every locally advanced case. */
    private static String noteRule(String id, String modality) {
        return """

                rule "A note %s for the ordering test"
                    @id("%s")
                    @modality("%s")
                    @kind("NOTE")
                    @refs("40")
                    @explanation("A note for the ordering test.")
                    @passage("Patients with pacemakers may not be a candidate for IRE[40].")
                when
                    LocallyAdvanced()
                then
                    insertLogical(Conclusion.of(drools));
                end
                """.formatted(id, id, modality);
    }

    @Test
    void eightThreadsGiveTheSameResultsAsOne() throws Exception {
        Random random = new Random(42);
        List<CaseFacts> cases = new ArrayList<>();
        Boolean[] triState = {null, true, false};
        Stage[] stages = Stage.values();
        for (int i = 0; i < 1000; i++) {
            cases.add(Cases.stage(stages[random.nextInt(stages.length)]).label("case " + i)
                    .with("pacemaker", triState[random.nextInt(3)])
                    .with("metalBiliaryStent", triState[random.nextInt(3)]).build());
        }
        List<Evaluation> sequential = cases.stream().map(engine::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Evaluation>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> cases.stream().map(engine::evaluate).toList()));
            }
            for (Future<List<Evaluation>> result : results) {
                assertThat(result.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).anySatisfy(e -> assertThat(e.considerations()).hasSize(2));
    }

    @Test
    void replaceSwapsInTheChangedRuleSet(@TempDir Path dir) throws Exception {
        Path rules = TestRuleSets.starterCopy(dir, Map.of());
        RuleEngine own = RuleEngine.load(rules);
        String before = own.ruleSet().version();
        Path devices = rules.resolve("ire-devices.drl");
        Files.writeString(devices, Files.readString(devices).replace("pacemaker == true", "pacemaker == false"));
        own.replace(RuleSetLoader.load(rules));
        assertThat(own.ruleSet().version()).isNotEqualTo(before);
        assertThat(own.evaluate(lapc(false, false)).considerations()).extracting(Consideration::ruleId)
                .containsExactly("IRE-PACEMAKER");
    }

    /** A rule that fired and had its conclusion withdrawn (a {@code not} that stopped holding) did not apply. */
    @Test
    void aConclusionWithdrawnByALaterDerivationIsNeitherShownNorCountedAsFired(@TempDir Path dir) {
        String withdrawn = TestRuleSets.HEADER.replace("import org.tumorboard.navigator.drools.Conclusion;",
                "import org.tumorboard.navigator.drools.Conclusion;\nimport org.tumorboard.navigator.intake.Stage;\n"
                        + "import org.tumorboard.navigator.intake.ChemotherapyResponse;") + """
                declare Spread end
                declare Setting end
                declare Toxic end

                rule "Stable outside the setting"
                    @id("STABLE-OUTSIDE") @modality("GENERAL") @kind("NOTE") @refs("review") @explanation("x") @passage("y")
                when
                    Spread()
                    not Setting()
                    CaseFacts( chemotherapyResponse == ChemotherapyResponse.STABLE )
                then
                    insertLogical(Conclusion.of(drools));
                end

                rule "Spread" @id("DERIVED-SPREAD") @derived @refs("review") @passage("y")
                when
                    CaseFacts( stage == Stage.METASTATIC )
                then
                    insertLogical(new Spread());
                end

                rule "Toxic" @id("DERIVED-TOXIC") @derived @refs("review") @passage("y")
                when
                    Spread()
                    CaseFacts( severeChemotherapyToxicity == true )
                then
                    insertLogical(new Toxic());
                end

                rule "Setting" @id("DERIVED-SETTING") @derived @refs("review") @passage("y")
                when
                    Toxic()
                then
                    insertLogical(new Setting());
                end

                """;
        RuleEngine own = RuleEngine.load(TestRuleSets.starterCopy(dir, Map.of("withdrawn.drl", withdrawn)));
        Evaluation inSetting = own.evaluate(Cases.metastatic().with("chemotherapyResponse", org.tumorboard.navigator.intake.ChemotherapyResponse.STABLE)
                .with("severeChemotherapyToxicity", true).build());
        assertThat(inSetting.considerations()).extracting(Consideration::ruleId).doesNotContain("STABLE-OUTSIDE");
        assertThat(inSetting.fired("STABLE-OUTSIDE")).isFalse();
        assertThat(inSetting.fired("DERIVED-SETTING")).isTrue();
        Evaluation outside = own.evaluate(Cases.metastatic().with("chemotherapyResponse", org.tumorboard.navigator.intake.ChemotherapyResponse.STABLE).build());
        assertThat(outside.fired("STABLE-OUTSIDE")).isTrue();
    }
}
