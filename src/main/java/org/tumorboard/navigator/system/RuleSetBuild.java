package org.tumorboard.navigator.system;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.tumorboard.navigator.engine.CompiledRuleCache;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.engine.RuleSetLoader;

/**
 * The rule set of one start, built on a thread of its own while the rest of the application context starts (the
 * build, about 2 s of CPU, mostly Drools' own cold start, ends before the context does; about 0.5 s when the rules
 * compiled at an earlier start are read from the {@link CompiledRuleCache}; see README, "Benchmarks").
 *
 * @param directory the rules directory, absolute and normalised
 */
record RuleSetBuild(Path directory, CompletableFuture<RuleSet> future) {

    /** Starts building the rule set in {@code rulesDir}, reading and keeping its compiled rules in {@code cache} if not null. */
    static RuleSetBuild start(Path rulesDir, CompiledRuleCache cache) {
        Path directory = rulesDir.toAbsolutePath().normalize();
        CompletableFuture<RuleSet> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                RuleSet ruleSet = RuleSetLoader.load(directory, cache);
                ruleSet.conditions();   // read here, off the first request's path (each basis needs them)
                future.complete(ruleSet);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "rule-set-build");
        thread.setDaemon(true);
        thread.start();
        return new RuleSetBuild(directory, future);
    }

    boolean builds(Path rulesDir) {
        return directory.equals(rulesDir.toAbsolutePath().normalize());
    }

    RuleEngine engine() {
        return RuleEngine.whenBuilt(directory, future);
    }
}
