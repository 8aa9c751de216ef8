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
import org.tumorboard.navigator.intake.CaseReader;

/**
 * The scenarios of the rule set, read once at start from the engine's rules directory: the figure scenarios are the
 * walkthroughs, and every scenario documents which rules it shows firing and not firing.
 */
@Component
public final class ScenarioLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLibrary.class);

    private final List<Scenario> scenarios;

    @Autowired
    public ScenarioLibrary(RuleEngine engine, CaseReader reader) {
        this(load(engine, reader));
    }

    /** A library over the given scenarios (sorted by name). */
    public ScenarioLibrary(List<Scenario> scenarios) {
        this.scenarios = scenarios.stream().sorted(Comparator.comparing(Scenario::name)).toList();
    }

    private static List<Scenario> load(RuleEngine engine, CaseReader reader) {
        List<String> problems = new ArrayList<>();
        List<Scenario> loaded = new ScenarioLoader(reader).load(engine.directory(), problems);
        problems.forEach(p -> LOG.warn("Scenario not shown: {}", p));
        return loaded;
    }

    /** Every scenario, by name. */
    public List<Scenario> all() {
        return scenarios;
    }

    /** The scenarios that retell a figure of the review and carry a walkthrough, by figure number then name. */
    public List<Scenario> walkthroughs() {
        return scenarios.stream()
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
        return scenarios.stream().filter(s -> s.fires().contains(ruleId)).toList();
    }

    /** The scenarios that list the rule as not firing. */
    public List<Scenario> notFiring(String ruleId) {
        return scenarios.stream().filter(s -> s.doesNotFire().contains(ruleId)).toList();
    }
}
