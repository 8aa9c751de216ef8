package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.BaselineEvaluator;
import org.tumorboard.navigator.engine.CompiledRuleCache;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.EvaluationJson;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimised evaluation path (pooled sessions, no listener, precomputed ranks and trial indexes) gives the same
 * JSON, byte for byte, as the path it replaced ({@link BaselineEvaluator}, kept verbatim) on every scenario and on
 * every case of the generated case library, all evaluated in one engine so that pooled sessions are reused; and so
 * does {@link EvaluationJson}, which writes evaluations from parts serialized once per rule set; and so does a rule set
 * read back from the {@link CompiledRuleCache}.
 */
class EvaluationIdentityTests {

    private static final CaseReader READER = CaseReader.withDefaultValidator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RuleEngine engine;
    private static BaselineEvaluator baseline;

    @BeforeAll
    static void load() {
        engine = RuleEngine.load(TestRuleSets.REAL);
        baseline = new BaselineEvaluator(engine.ruleSet());
    }

    @Test
    void everyScenarioGivesTheSameBytes() {
        List<CaseFacts> cases = new ScenarioLoader(READER).load(TestRuleSets.REAL, new ArrayList<>()).stream()
                .map(Scenario::caseFacts).toList();
        assertThat(cases).hasSizeGreaterThan(20);
        assertSameBytes(cases, engine::evaluate);
    }

    @Test
    void everyCaseOfTheGeneratedLibraryGivesTheSameBytes() {
        List<CaseFacts> cases = largeLibrary();
        assertThat(cases).hasSizeGreaterThan(3000);
        assertSameBytes(cases, engine::evaluate);
    }

    /** The default case library, and another seed with the device, metastatic and candidacy facts enumerated. */
    static List<CaseFacts> largeLibrary() {
        CaseSpace space = CaseSpace.of(engine.ruleSet());
        List<CaseFacts> cases = new ArrayList<>(CaseLibrary.generate(space, READER).cases());
        cases.addAll(CaseLibrary.generate(space, READER, 12, List.of("stage", "surgicalCandidate", "pacemaker",
                "metalBiliaryStent", "surgicalClips", "liverMetastases", "liverDominantDisease")).cases());
        return cases;
    }

    @Test
    void theEvaluationWriterGivesTheSameBytesFromPartsSerializedOncePerRuleSet() {
        EvaluationJson writer = new EvaluationJson(JSON, engine);
        List<CaseFacts> cases = largeLibrary();
        List<String> differing = new ArrayList<>();
        for (CaseFacts facts : cases) {
            if (!Arrays.equals(writer.toBytes(engine.evaluate(facts)), JSON.writeValueAsBytes(baseline.evaluate(facts)))) {
                differing.add(JSON.writeValueAsString(facts));
            }
        }
        assertThat(differing).as("cases whose JSON differs, of " + cases.size()).isEmpty();
        assertThat(writer.writesFromParts()).as("written from parts, not handed to the mapper").isTrue();
    }

    @Test
    void aTracedEvaluationGivesTheSameBytesToo() {
        List<CaseFacts> cases = CaseLibrary.generate(CaseSpace.of(engine.ruleSet()), READER).cases();
        assertSameBytes(cases.subList(0, Math.min(500, cases.size())), engine::trace);
    }

    @Test
    void aRuleSetReadFromTheCompiledRuleCacheGivesTheSameBytes(@TempDir Path cacheDir) {
        CompiledRuleCache cache = new CompiledRuleCache(cacheDir);
        RuleSetLoader.load(TestRuleSets.REAL, cache);
        long builds = RuleSetLoader.builds();
        RuleEngine read = new RuleEngine(RuleSetLoader.load(TestRuleSets.REAL, cache));
        assertThat(RuleSetLoader.builds()).as("read from the cache, not compiled").isEqualTo(builds);
        List<CaseFacts> cases = new ArrayList<>(largeLibrary());
        new ScenarioLoader(READER).load(TestRuleSets.REAL, new ArrayList<>()).forEach(s -> cases.add(s.caseFacts()));
        assertSameBytes(cases, read::evaluate);
    }

    static void assertSameBytes(List<CaseFacts> cases, Function<CaseFacts, Evaluation> optimised) {
        List<String> differing = new ArrayList<>();
        for (CaseFacts facts : cases) {
            byte[] expected = JSON.writeValueAsBytes(baseline.evaluate(facts));
            byte[] actual = JSON.writeValueAsBytes(optimised.apply(facts));
            if (!Arrays.equals(expected, actual)) {
                differing.add(JSON.writeValueAsString(facts));
            }
        }
        assertThat(differing).as("cases whose JSON differs, of " + cases.size()).isEmpty();
    }
}
