package org.tumorboard.navigator.rulecheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSwap;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;

/**
 * Rule mutation testing: for each consideration rule, each {@link Mutator mutant} replaces the rule in a private
 * copy of the rule base (one rule compiled per mutant, see {@link RuleSwap}); the scenarios run against it, and if
 * they all pass, the invariants (read from the unchanged rule set) are checked over the generated library. A
 * mutant that makes a scenario fail or an invariant break is killed; one that does neither survived.
 */
public final class MutationTesting {

    private final CaseReader reader;

    public MutationTesting(CaseReader reader) {
        this.reader = reader;
    }

    public MutationReport run(Path rulesDirectory) {
        RuleSwap swap = RuleSwap.load(rulesDirectory);
        List<Scenario> scenarios = new ScenarioLoader(reader).load(rulesDirectory, new ArrayList<>());
        List<Invariant> invariants = InvariantLoader.load(swap.ruleSet(), new ArrayList<>());
        CaseSpace space = CaseSpace.of(swap.ruleSet());
        List<CaseFacts> library = CaseLibrary.generate(space, reader).cases();
        Mutator mutator = new Mutator(space);
        int total = 0;
        int byScenarios = 0;
        int byInvariants = 0;
        int stillborn = 0;
        int rebuilds = 0;
        List<MutationReport.RuleScore> scores = new ArrayList<>();
        List<Mutant> survivors = new ArrayList<>();
        for (RuleInfo rule : swap.ruleSet().rules()) {
            if (rule.derivation()) {
                continue;
            }
            int mutants = 0;
            int killed = 0;
            for (Mutant mutant : mutator.mutants(rule)) {
                total++;
                List<String> problems;
                try {
                    problems = swap.replace(rule.id(), mutant.ruleText());
                } catch (RuntimeException e) {
                    // Drools' incremental rule removal can fail on some network shapes (segment merging); start
                    // again from a fresh copy of the rule base for this mutant.
                    rebuilds++;
                    swap = RuleSwap.load(rulesDirectory);
                    problems = swap.replace(rule.id(), mutant.ruleText());
                }
                if (!problems.isEmpty()) {
                    stillborn++;
                    continue;
                }
                RuleEngine engine = swap.engine();
                mutants++;
                Verdict verdict = verdict(engine, scenarios, library, invariants);
                if (verdict == Verdict.SCENARIOS) {
                    byScenarios++;
                } else if (verdict == Verdict.INVARIANTS) {
                    byInvariants++;
                } else {
                    survivors.add(mutant);
                }
                killed += verdict == Verdict.SURVIVED ? 0 : 1;
            }
            try {
                swap.restore();
            } catch (RuntimeException e) {
                rebuilds++;
                swap = RuleSwap.load(rulesDirectory);
            }
            scores.add(new MutationReport.RuleScore(rule.id(), mutants, killed));
        }
        return new MutationReport(total, byScenarios, byInvariants, stillborn, rebuilds, scores, survivors);
    }

    private enum Verdict { SCENARIOS, INVARIANTS, SURVIVED }

    /** A mutant whose consequence throws on some case (e.g. a bound value now null) is killed as well. */
    private static Verdict verdict(RuleEngine engine, List<Scenario> scenarios, List<CaseFacts> library,
                                   List<Invariant> invariants) {
        try {
            if (scenarios.stream().anyMatch(s -> !RuleSetVerifier.run(engine, s).passed())) {
                return Verdict.SCENARIOS;
            }
        } catch (RuntimeException e) {
            return Verdict.SCENARIOS;
        }
        try {
            return Sweep.firstViolation(engine, library, invariants).isPresent() ? Verdict.INVARIANTS : Verdict.SURVIVED;
        } catch (RuntimeException e) {
            return Verdict.INVARIANTS;
        }
    }
}
