package org.tumorboard.navigator.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.CaseLibrary;
import org.tumorboard.navigator.rulecheck.CaseSpace;
import org.tumorboard.navigator.rulecheck.Sweep;

/**
 * The sweep's cost per case against single evaluations of the same cases (target: at most 1.2 times), over the case
 * library of the real rule set. Average time per case ({@link OperationsPerInvocation} is the library's size). Not
 * part of {@code mvn verify}; run with
 * {@code mvn -q -DskipTests test-compile exec:exec -Dbenchmark=org.tumorboard.navigator.engine.SweepBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SweepBenchmark {

    /** The first this many cases of the default library of the shipped rule set. */
    static final int CASES = 1000;

    private RuleEngine engine;
    private List<CaseFacts> cases;
    private Sweep sweep;

    @Setup
    public void setUp() {
        engine = RuleEngine.load(Path.of("rules"));
        CaseReader reader = CaseReader.withDefaultValidator();
        cases = CaseLibrary.generate(CaseSpace.of(engine.ruleSet()), reader).cases().subList(0, CASES);
        sweep = new Sweep(reader);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void singleEvaluations(Blackhole hole) {
        for (CaseFacts facts : cases) {
            hole.consume(engine.evaluate(facts));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public Object sweep() {
        return sweep.run(engine, cases);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(SweepBenchmark.class.getSimpleName()).build()).run();
    }
}
