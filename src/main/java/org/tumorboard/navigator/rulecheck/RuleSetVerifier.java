package org.tumorboard.navigator.rulecheck;

import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;
import org.tumorboard.navigator.scenarios.ScenarioOutcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.catalogue.LiteratureLoader;

/**
 * Everything a maintainer runs before a rule change lands: the rule set loads; every catalogue entry and trial is
 * used; no consideration text gives advice; every scenario passes; every rule fires in some scenario and is shown
 * not to fire in another; every scenario's output is its approved output, where the rule set has one.
 */
public final class RuleSetVerifier {

    private final CaseReader reader;

    public RuleSetVerifier(CaseReader reader) {
        this.reader = reader;
    }

    public Verification verify(Path rulesDirectory) {
        RuleEngine engine;
        try {
            engine = RuleEngine.load(rulesDirectory);
        } catch (RuleSetException e) {
            return new Verification(e.problems(), List.of());
        }
        return verify(engine);
    }

    /** Checks a loaded rule set (e.g. a candidate for reload) and runs the scenarios of its directory. */
    public Verification verify(RuleEngine engine) {
        Path rulesDirectory = engine.ruleSet().directory();
        List<String> problems = new ArrayList<>(contentProblems(engine.ruleSet()));
        List<Scenario> scenarios = new ScenarioLoader(reader).load(rulesDirectory, problems);
        List<ScenarioOutcome> outcomes = scenarios.stream().map(s -> run(engine, s)).toList();
        problems.addAll(coverageGaps(engine.ruleSet(), scenarios));
        problems.addAll(ApprovedOutput.differences(engine, scenarios));
        return new Verification(problems, outcomes);
    }

    /** Writes the approved output of every scenario ({@link ApprovedOutput}), then verifies. */
    public Verification approveAndVerify(RuleEngine engine) {
        ApprovedOutput.approve(engine, new ScenarioLoader(reader).load(engine.ruleSet().directory(), new ArrayList<>()));
        return verify(engine);
    }

    /** As {@link #approveAndVerify(RuleEngine)}, loading the rules directory first. */
    public Verification approveAndVerify(Path rulesDirectory) {
        try {
            RuleEngine engine = RuleEngine.load(rulesDirectory);
            ApprovedOutput.approve(engine, new ScenarioLoader(reader).load(rulesDirectory, new ArrayList<>()));
        } catch (RuleSetException e) {
            return new Verification(e.problems(), List.of());
        }
        return verify(rulesDirectory);
    }

    /** Runs one scenario against the engine. */
    public static ScenarioOutcome run(RuleEngine engine, Scenario scenario) {
        RuleSet ruleSet = engine.ruleSet();
        Evaluation evaluation = engine.evaluate(scenario.caseFacts());
        List<String> failures = new ArrayList<>();
        for (String id : scenario.fires()) {
            if (ruleSet.rule(id).isEmpty()) {
                failures.add("names unknown rule " + id);
            } else if (!evaluation.fired(id)) {
                failures.add(id + " did not fire");
            }
        }
        for (String id : scenario.doesNotFire()) {
            if (ruleSet.rule(id).isEmpty()) {
                failures.add("names unknown rule " + id);
            } else if (evaluation.fired(id)) {
                failures.add(id + " fired but must not");
            }
        }
        if (scenario.fires().isEmpty() && scenario.doesNotFire().isEmpty()) {
            failures.add("names no rule in 'fires' or 'doesNotFire'");
        }
        return new ScenarioOutcome(scenario, failures);
    }

    /** Catalogue entries no rule cites, trials no rule lists, and advice wording in consideration text. */
    public static List<String> contentProblems(RuleSet ruleSet) {
        List<String> problems = new ArrayList<>();
        Set<Integer> cited = new HashSet<>();
        Set<String> listed = new HashSet<>();
        for (RuleInfo rule : ruleSet.rules()) {
            rule.citations().stream().map(Citation::reviewRef).filter(r -> r != null).forEach(cited::add);
            listed.addAll(rule.trials());
            String where = rule.file() + ":" + rule.line() + ": rule " + rule.id() + ": ";
            AdviceWording.find(rule.title()).forEach(w -> problems.add(where + "advice wording in its title: " + w));
            AdviceWording.find(rule.explanation()).forEach(w -> problems.add(where + "advice wording in its explanation: " + w));
        }
        ruleSet.literature().references().stream().filter(r -> !cited.contains(r.ref())).forEach(r ->
                problems.add(LiteratureLoader.CATALOGUE + ": reference " + r.ref() + " is cited by no rule"));
        ruleSet.literature().trials().stream().filter(t -> !listed.contains(t.nct())).forEach(t ->
                problems.add(LiteratureLoader.TRIALS + ": trial " + t.nct() + " is listed by no rule"));
        return problems;
    }

    /** Rules that no scenario shows firing, or none shows not firing. */
    public static List<String> coverageGaps(RuleSet ruleSet, List<Scenario> scenarios) {
        Set<String> fires = new HashSet<>();
        Set<String> doesNotFire = new HashSet<>();
        scenarios.forEach(s -> {
            fires.addAll(s.fires());
            doesNotFire.addAll(s.doesNotFire());
        });
        List<String> gaps = new ArrayList<>();
        for (RuleInfo rule : ruleSet.rules()) {
            String where = rule.file() + ":" + rule.line() + ": rule " + rule.id() + ": ";
            if (!fires.contains(rule.id())) {
                gaps.add(where + "no scenario shows it firing");
            }
            if (!doesNotFire.contains(rule.id())) {
                gaps.add(where + "no scenario shows it not firing");
            }
        }
        return gaps;
    }
}
