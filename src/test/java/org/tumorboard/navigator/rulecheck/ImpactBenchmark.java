package org.tumorboard.navigator.rulecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The impact comparison's cost per case against single evaluations of the same cases (target: at most 1.2 times):
 * the shipped rule set against a copy with the Huang et al. limit moved from 4 to 5 cm (the example in docs/regression-testing.md), over
 * every case the comparison compares (the scenarios of both, then the library generated from both). The baseline is
 * one evaluation of each of those cases under each rule set; the comparison is timed over the gathered cases (as the
 * sweep's benchmark times the sweep over a library) and whole, reading the scenarios and generating the library
 * included. Not part of {@code mvn verify}; run with
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
    private ImpactAnalysis.Cases cases;
    private List<CaseFacts> compared;

    @Setup
    public void setUp() throws IOException {
        before = RuleEngine.load(Path.of("rules"));
        after = RuleEngine.load(RuleSetCopies.huangLimitAt5Cm(Files.createTempDirectory("impact-benchmark")));
        CaseReader reader = CaseReader.withDefaultValidator();
        analysis = new ImpactAnalysis(reader);
        cases = analysis.cases(before, after, CaseLibrary.DEFAULT_SEED, List.of());
        compared = List.copyOf(cases.sources().keySet());
    }

    @Benchmark
    public void singleEvaluations(Blackhole hole) {
        for (CaseFacts facts : compared) {
            hole.consume(before.evaluate(facts));
            hole.consume(after.evaluate(facts));
        }
    }

    /** The whole comparison, as the {@code impact} command and page run it: gathering the cases included. */
    @Benchmark
    public ImpactReport impact() {
        ImpactReport report = analysis.compare(before, after);
        if (report.compared() != compared.size()) {
            throw new IllegalStateException("compared " + report.compared() + " cases, expected " + compared.size());
        }
        return report;
    }

    /** The comparison over cases already gathered (as the sweep's benchmark runs the sweep over a library). */
    @Benchmark
    public ImpactReport comparison() {
        return analysis.compare(before, after, cases);
    }

    public static void main(String[] args) throws RunnerException {
        Map<String, Double> scores = new HashMap<>();
        for (RunResult result : new Runner(new OptionsBuilder().include(ImpactBenchmark.class.getSimpleName()).build()).run()) {
            String name = result.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        double single = scores.get("singleEvaluations");
        System.out.printf("against both evaluations of every compared case (%.1f ms): comparison %.1f ms, ratio %.2f;"
                        + " whole impact, gathering the cases included, %.1f ms, ratio %.2f%n", single,
                scores.get("comparison"), scores.get("comparison") / single, scores.get("impact"),
                scores.get("impact") / single);
    }
}
