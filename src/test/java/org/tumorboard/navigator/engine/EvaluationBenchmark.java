package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.intake.Cases;
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
import org.tumorboard.navigator.intake.TumorLocation;

/**
 * In-process evaluation time per case ({@link RuleEngine#evaluate}) of two cases. Sample-time mode, so JMH reports
 * the median (p0.50). The benchmark names are kept from release to release, so that {@code src/test/bench/against.sh}
 * can run the same benchmarks on an earlier git revision and compare. Not part of {@code mvn verify}; run with
 * {@code mvn -q -DskipTests test-compile exec:exec} (see docs/benchmarks.md).
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
    private CaseFacts lapc;
    private CaseFacts metastatic;

    @Setup
    public void setUp() {
        engine = RuleEngine.load(Path.of(rules));
        lapc = Cases.lapc().label("bench").with("age", 64).with("tumorLocation", TumorLocation.HEAD)
                .with("tumorSizeCm", 3.2).with("pacemaker", true).with("metalBiliaryStent", true)
                .with("liverMetastases", false).with("liverDominantDisease", false).with("liverLesionCount", 0)
                .with("chemotherapyResponse", ChemotherapyResponse.STABLE).with("severeChemotherapyToxicity", false)
                .with("ca199", 959).with("surgicalCandidate", false).with("gastricOutletObstruction", true)
                .with("priorResection", false).build();
        metastatic = Cases.metastatic().label("bench").with("age", 58).with("tumorLocation", TumorLocation.BODY)
                .with("pacemaker", false).with("liverMetastases", true).with("liverDominantDisease", true)
                .with("liverLesionCount", 6).with("largestLiverLesionCm", 3.4)
                .with("chemotherapyResponse", ChemotherapyResponse.PROGRESSION).with("ca199", 882)
                .with("priorResection", false).with("neutrophilLymphocyteRatio", 2.7).build();
    }

    @Benchmark
    public Evaluation locallyAdvancedEngine() {
        return engine.evaluate(lapc);
    }

    @Benchmark
    public Evaluation liverDominantEngine() {
        return engine.evaluate(metastatic);
    }

    /** JMH's own command-line options are accepted, e.g. {@code -p rules=rules -i 3}. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(EvaluationBenchmark.class.getSimpleName()).build()).run();
    }
}
