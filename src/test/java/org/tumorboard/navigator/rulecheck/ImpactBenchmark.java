package org.tumorboard.navigator.rulecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;

/**
 * The impact comparison's cost per case against single evaluations of the same cases (target: at most 1.2 times):
 * the shipped rule set against a copy with the Huang et al. limit moved from 4 to 5 cm (the README's example), over
 * every case the comparison compares (the scenarios of both, then the library generated from both). The comparison
 * is timed whole, reading the scenarios and generating the library included; its baseline is one evaluation of each
 * of those cases under each rule set. Not part of {@code mvn verify}; run with
 * {@code mvn -q -DskipTests test-compile exec:exec -Dbenchmark=org.tumorboard.navigator.rulecheck.ImpactBenchmark},
 * which prints the ratio after JMH's table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ImpactBenchmark {

    private RuleEngine before;
    private RuleEngine after;
    private ImpactAnalysis analysis;
    private List<CaseFacts> compared;

    @Setup
    public void setUp() throws IOException {
        before = RuleEngine.load(Path.of("rules"));
        after = RuleEngine.load(RuleSetCopies.huangLimitAt5Cm(Files.createTempDirectory("impact-benchmark")));
        CaseReader reader = CaseReader.withDefaultValidator();
        analysis = new ImpactAnalysis(reader);
        compared = comparedCases(reader, before, after);
    }

    /** The cases {@link ImpactAnalysis#compare} compares, in its order. */
    static List<CaseFacts> comparedCases(CaseReader reader, RuleEngine before, RuleEngine after) {
        Set<CaseFacts> cases = new LinkedHashSet<>();
        for (RuleEngine engine : List.of(before, after)) {
            for (Scenario s : new ScenarioLoader(reader).load(engine.ruleSet().directory(), new ArrayList<>())) {
                cases.add(s.caseFacts());
            }
        }
        cases.addAll(CaseLibrary.generate(CaseSpace.of(before.ruleSet(), after.ruleSet()), reader).cases());
        return List.copyOf(cases);
    }

    @Benchmark
    public void singleEvaluations(Blackhole hole) {
        for (CaseFacts facts : compared) {
            hole.consume(before.evaluate(facts));
            hole.consume(after.evaluate(facts));
        }
    }

    @Benchmark
    public ImpactReport impact() {
        ImpactReport report = analysis.compare(before, after);
        if (report.compared() != compared.size()) {
            throw new IllegalStateException("compared " + report.compared() + " cases, expected " + compared.size());
        }
        return report;
    }

    public static void main(String[] args) throws RunnerException {
        double single = 0;
        double impact = 0;
        for (RunResult result : new Runner(new OptionsBuilder().include(ImpactBenchmark.class.getSimpleName()).build()).run()) {
            double score = result.getPrimaryResult().getScore();
            if (result.getParams().getBenchmark().endsWith("singleEvaluations")) {
                single = score;
            } else {
                impact = score;
            }
        }
        System.out.printf("impact %.1f ms against both evaluations of every compared case %.1f ms: ratio %.2f%n",
                impact, single, impact / single);
    }
}
