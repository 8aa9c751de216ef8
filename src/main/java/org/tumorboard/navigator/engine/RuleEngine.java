package org.tumorboard.navigator.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.tumorboard.navigator.conditions.Grounds;
import org.tumorboard.navigator.drools.Firing;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * Evaluates cases against the current rule set. The rule base is built once; each evaluation runs in a session of
 * its own (see {@link org.tumorboard.navigator.drools.DroolsRuleBase#fire}), so the engine is safe under concurrent use.
 * {@link #replace} swaps in a rule set built and checked elsewhere (the safe reload), atomically; an evaluation
 * under way finishes on the one it started with.
 * <p>An engine can also be made {@linkplain #building while its rule set is still being built} (in the
 * background during start-up): {@link #ruleSet()}, and so every evaluation, then waits for the build.
 * <p>{@link #evaluate} records every rule that fired, derivation rules included (the basis and reasons of each
 * consideration need them), and assembles the result from ranks computed once per rule set.
 */
public final class RuleEngine {

    private final AtomicReference<RuleSet> current;
    private final Path directory;
    private final CompletableFuture<RuleSet> build;

    public RuleEngine(RuleSet ruleSet) {
        this.current = new AtomicReference<>(ruleSet);
        this.directory = ruleSet.directory();
        this.build = CompletableFuture.completedFuture(ruleSet);
    }

    private RuleEngine(Path directory, CompletableFuture<RuleSet> build) {
        this.current = new AtomicReference<>();
        this.directory = RuleSetLoader.normalized(directory);
        this.build = build;
    }

    public static RuleEngine load(Path rulesDirectory) {
        return new RuleEngine(RuleSetLoader.load(rulesDirectory));
    }

    /**
     * An engine over the rule set in {@code rulesDirectory}, built on a thread of its own (e.g. while the rest of the
     * application starts); it may be used at once, and waits for the build the first time it needs the rule set.
     */
    public static RuleEngine building(Path rulesDirectory) {
        Path directory = RuleSetLoader.normalized(rulesDirectory);
        CompletableFuture<RuleSet> build = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                RuleSet ruleSet = RuleSetLoader.load(directory);
                ruleSet.conditions();   // read here, off the first request's path (each basis needs them)
                build.complete(ruleSet);
            } catch (Throwable e) {
                build.completeExceptionally(e);
            }
        }, "rule-set-build");
        thread.setDaemon(true);
        thread.start();
        return new RuleEngine(directory, build);
    }

    /** The rules directory (known before the rule set is built). */
    public Path directory() {
        return directory;
    }

    /** Whether the rule set is built (a failed build counts as done: {@link #ruleSet()} then throws). */
    public boolean built() {
        return current.get() != null || build.isDone();
    }

    /**
     * The current rule set, waiting for the build if it is still under way. A build that failed throws its
     * {@link RuleSetException} (or other runtime exception) here, every time.
     */
    public RuleSet ruleSet() {
        RuleSet ruleSet = current.get();
        return ruleSet != null ? ruleSet : awaitBuild();
    }

    /** The build of this engine's first rule set, to run what needs it as soon as it is there. */
    public CompletionStage<RuleSet> build() {
        return build.minimalCompletionStage();
    }

    private RuleSet awaitBuild() {
        try {
            current.compareAndSet(null, build.join());
            return current.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Swaps in a rule set built (and checked) elsewhere, e.g. a reload candidate; evaluations under way finish on the old one. */
    public void replace(RuleSet ruleSet) {
        current.set(Objects.requireNonNull(ruleSet));
    }

    /**
     * The evaluation of a case, with the id of every rule that fired, derivation rules included: each
     * consideration's basis and reasons are read from them and the rule's conditions (see {@link Grounds}).
     */
    public Evaluation evaluate(CaseFacts facts) {
        RuleSet ruleSet = ruleSet();
        Firing firing = ruleSet.ruleBase().fire(facts);
        Grounds grounds = new Grounds(ruleSet.conditions(), facts, firing.fired());
        ResultOrder.Result result = ruleSet.resultOrder().assemble(firing.concluded(), grounds);
        return new Evaluation(Evaluation.DISCLAIMER, ruleSet.version(), facts, result.considerations(),
                result.trials(), firing.fired());
    }
}
