package org.tumorboard.navigator.rulecheck;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.CaseReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the invariants of {@code invariants.yaml} over the generated case library. Each violation is shown with a
 * smallest case that still shows it: the violating case with its fields turned to unknown one at a time, as long
 * as the violation persists. Violations that shrink to the same case are reported once, with how many cases showed
 * them.
 */
public final class Sweep {

    private static final List<String> SHRINKABLE = CaseField.names().stream()
            .filter(f -> !f.equals("stage") && !f.equals("label")).toList();
    /** Case JSON with the unknown fields left out, as short as the case. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

    private final CaseReader reader;

    public Sweep(CaseReader reader) {
        this.reader = reader;
    }

    public SweepReport run(RuleEngine engine) {
        return run(engine, CaseLibrary.DEFAULT_SEED, List.of());
    }

    public SweepReport run(RuleEngine engine, long seed, List<String> exhaustive) {
        Loaded loaded = invariants(engine.ruleSet());
        CaseLibrary library = CaseLibrary.generate(CaseSpace.of(engine.ruleSet()), reader, seed, exhaustive);
        return run(engine, library.cases(), loaded.invariants(), new ArrayList<>(loaded.problems()));
    }

    /** Checks the rule set's invariants over the given cases. */
    public SweepReport run(RuleEngine engine, List<CaseFacts> cases) {
        Loaded loaded = invariants(engine.ruleSet());
        return run(engine, cases, loaded.invariants(), new ArrayList<>(loaded.problems()));
    }

    private static Loaded invariants(RuleSet ruleSet) {
        return LOADED.computeIfAbsent(ruleSet, rs -> {
            List<String> problems = new ArrayList<>();
            return new Loaded(List.copyOf(InvariantLoader.load(rs, problems)), List.copyOf(problems));
        });
    }

    /** The invariants file of a rule set as read (its version changes with the file, so they are read once). */
    private record Loaded(List<Invariant> invariants, List<String> problems) {
    }

    private static final Map<RuleSet, Loaded> LOADED = Collections.synchronizedMap(new WeakHashMap<>());

    static SweepReport run(RuleEngine engine, List<CaseFacts> cases, List<Invariant> invariants, List<String> problems) {
        Map<String, SweepReport.Violation> violations = new LinkedHashMap<>();
        for (CaseFacts facts : cases) {
            Invariant.Outcome outcome = outcome(engine, facts);
            for (Invariant invariant : invariants) {
                if (invariant.check(outcome).isPresent()) {
                    CaseFacts smallest = shrink(engine, invariant, facts);
                    String message = invariant.check(outcome(engine, smallest)).orElseThrow();
                    String key = invariant.text() + "\n" + smallest;
                    SweepReport.Violation seen = violations.get(key);
                    violations.put(key, new SweepReport.Violation(invariant.text(), message, smallest,
                            JSON.writeValueAsString(smallest), seen == null ? 1 : seen.cases() + 1));
                }
            }
        }
        return new SweepReport(cases.size(), invariants.size(), problems, List.copyOf(violations.values()));
    }

    /** Whether any invariant fails for any of the cases (stops at the first; for mutation testing). */
    static Optional<String> firstViolation(RuleEngine engine, List<CaseFacts> cases, List<Invariant> invariants) {
        for (CaseFacts facts : cases) {
            Invariant.Outcome outcome = outcome(engine, facts);
            for (Invariant invariant : invariants) {
                Optional<String> violation = invariant.check(outcome);
                if (violation.isPresent()) {
                    return Optional.of(invariant.text() + ": " + violation.get());
                }
            }
        }
        return Optional.empty();
    }

    static Invariant.Outcome outcome(RuleEngine engine, CaseFacts facts) {
        Evaluation evaluation = engine.evaluate(facts);
        return new Invariant.Outcome(facts, evaluation, Applied.of(evaluation, engine.ruleSet()));
    }

    /** Turns fields to unknown one at a time while the invariant stays violated, until no field can go. */
    static CaseFacts shrink(RuleEngine engine, Invariant invariant, CaseFacts facts) {
        CaseFacts smallest = facts;
        boolean shrunk = true;
        while (shrunk) {
            shrunk = false;
            for (String field : SHRINKABLE) {
                if (CaseField.valueOf(smallest, field) == null) {
                    continue;
                }
                CaseFacts candidate = CaseField.named(field).orElseThrow().with(smallest, null);
                if (invariant.check(outcome(engine, candidate)).isPresent()) {
                    smallest = candidate;
                    shrunk = true;
                }
            }
        }
        return smallest;
    }
}
