package org.tumorboard.navigator.engine;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.ChemotherapyResponse;
import org.tumorboard.navigator.intake.Stage;
import org.tumorboard.navigator.intake.TumorLocation;

/**
 * In-process evaluation time per case: {@code engine} is the production path ({@link RuleEngine#evaluate}: pooled
 * session, no listener, precomputed ranks), {@code baseline} the path it replaced ({@link BaselineEvaluator}: a fresh
 * session with a listener, comparator sort), over the same rule base in the same JVM, so their ratio holds on a
 * shared machine. Sample-time mode, so JMH reports the median (p0.50). Not part of {@code mvn verify}; run with
 * {@code mvn -q -DskipTests test-compile exec:exec} (arguments are JMH's, e.g. {@code -Dexec.args="-p rules=rules"}
 * is not needed: see README, "Benchmarks").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    /** The starter rule set and the full rule set. */
    @Param({"rules", "src/test/resources/rulesets/starter"})
    public String rules;

    private RuleEngine engine;
    private BaselineEvaluator baseline;
    private CaseFacts lapc;
    private CaseFacts metastatic;

    @Setup
    public void setUp() {
        engine = RuleEngine.load(Path.of(rules));
        baseline = new BaselineEvaluator(engine.ruleSet());
        lapc = new CaseFacts("bench", Stage.LOCALLY_ADVANCED, 64, TumorLocation.HEAD, 3.2, true, true, null, false,
                false, 0, null, ChemotherapyResponse.STABLE, false, 959.0, false, true, false, null, null);
        metastatic = new CaseFacts("bench", Stage.METASTATIC, 58, TumorLocation.BODY, null, false, null, null, true,
                true, 6, 3.4, ChemotherapyResponse.PROGRESSION, null, 882.0, null, null, false, null, 2.7);
    }

    @Benchmark
    public Evaluation locallyAdvancedEngine() {
        return engine.evaluate(lapc);
    }

    @Benchmark
    public Evaluation locallyAdvancedBaseline() {
        return baseline.evaluate(lapc);
    }

    @Benchmark
    public Evaluation liverDominantEngine() {
        return engine.evaluate(metastatic);
    }

    @Benchmark
    public Evaluation liverDominantBaseline() {
        return baseline.evaluate(metastatic);
    }

    /** JMH's own command-line options are accepted, e.g. {@code -p rules=rules -i 3}. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(EvaluationBenchmark.class.getSimpleName()).build()).run();
    }
}
