package org.tumorboard.navigator.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseReader;

/**
 * The scenarios of the rule set, read from the engine's rules directory: the figure scenarios are the walkthroughs,
 * and every scenario documents which rules it shows firing and not firing. They are read again, once, after the
 * engine's rule set is replaced (a reload), so pages built from them follow the rule set.
 */
@Component
public final class ScenarioLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLibrary.class);

    /** The scenarios read for one rule set. */
    private record Snapshot(RuleSet ruleSet, List<Scenario> scenarios) {
    }

    private final RuleEngine engine;
    private final CaseReader reader;
    private volatile Snapshot snapshot;

    @Autowired
    public ScenarioLibrary(RuleEngine engine, CaseReader reader) {
        this.engine = engine;
        this.reader = reader;
        this.snapshot = new Snapshot(null, List.of());   // read on first use: the rule set may still be building
    }

    /** A library over the given scenarios (sorted by name). */
    public ScenarioLibrary(List<Scenario> scenarios) {
        this.engine = null;
        this.reader = null;
        this.snapshot = new Snapshot(null, sorted(scenarios));
    }

    private Snapshot load(RuleSet ruleSet) {
        List<String> problems = new ArrayList<>();
        List<Scenario> loaded = new ScenarioLoader(reader).load(ruleSet.directory(), problems);
        problems.forEach(p -> LOG.warn("Scenario not shown: {}", p));
        return new Snapshot(ruleSet, sorted(loaded));
    }

    private static List<Scenario> sorted(List<Scenario> scenarios) {
        return scenarios.stream().sorted(Comparator.comparing(Scenario::name)).toList();
    }

    /** Every scenario, by name. */
    public List<Scenario> all() {
        Snapshot current = snapshot;
        if (engine != null && current.ruleSet() != engine.ruleSet()) {
            synchronized (this) {
                if (snapshot.ruleSet() != engine.ruleSet()) {
                    snapshot = load(engine.ruleSet());
                }
                current = snapshot;
            }
        }
        return current.scenarios();
    }

    /** The scenarios that retell a figure of the review and carry a walkthrough, by figure number then name. */
    public List<Scenario> walkthroughs() {
        return all().stream()
                .filter(s -> s.figure() != null && s.walkthrough() != null)
                .sorted(Comparator.comparing(Scenario::figure).thenComparing(Scenario::name))
                .toList();
    }

    /** The (first) walkthrough of a figure. */
    public Optional<Scenario> walkthrough(int figure) {
        return walkthroughs().stream().filter(s -> s.figure() == figure).findFirst();
    }

    /** The scenarios that list the rule as firing. */
    public List<Scenario> firing(String ruleId) {
        return all().stream().filter(s -> s.fires().contains(ruleId)).toList();
    }

    /** The scenarios that list the rule as not firing. */
    public List<Scenario> notFiring(String ruleId) {
        return all().stream().filter(s -> s.doesNotFire().contains(ruleId)).toList();
    }
}
