package org.tumorboard.navigator.rulecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.ConsiderationChanges;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;

/**
 * Evaluates two rule sets over the same cases (the scenario cases of both, then a library generated from the
 * conditions of both, so the thresholds of either are probed) and reports what differs.
 */
public final class ImpactAnalysis {

    private final CaseReader reader;

    public ImpactAnalysis(CaseReader reader) {
        this.reader = reader;
    }

    public ImpactReport compare(RuleEngine before, RuleEngine after) {
        return compare(before, after, CaseLibrary.DEFAULT_SEED, List.of());
    }

    public ImpactReport compare(RuleEngine before, RuleEngine after, long seed, List<String> exhaustive) {
        return compare(before, after, cases(before, after, seed, exhaustive));
    }

    /**
     * The cases to compare two rule sets on, each with where it comes from: the scenario cases of both, then a
     * library generated from the conditions of both.
     */
    Cases cases(RuleEngine before, RuleEngine after, long seed, List<String> exhaustive) {
        Map<CaseFacts, String> cases = new LinkedHashMap<>();
        for (RuleEngine engine : List.of(before, after)) {
            for (Scenario s : new ScenarioLoader(reader).load(engine.ruleSet().directory(), new ArrayList<>())) {
                cases.putIfAbsent(s.caseFacts(), "scenario " + s.name());
            }
        }
        CaseLibrary library = CaseLibrary.generate(CaseSpace.of(before.ruleSet(), after.ruleSet()), reader, seed, exhaustive);
        int n = 0;
        for (CaseFacts facts : library.cases()) {
            cases.putIfAbsent(facts, "library #" + (++n));
        }
        return new Cases(cases, library.size());
    }

    /** Cases to compare, in order, each with where it comes from; how many the library generated. */
    record Cases(Map<CaseFacts, String> sources, int libraryCases) {
    }

    /** The two rule sets compared over the given cases. */
    ImpactReport compare(RuleEngine before, RuleEngine after, Cases cases) {
        Map<String, int[]> perRule = new TreeMap<>();
        List<ImpactReport.CaseChange> changed = new ArrayList<>();
        BiPredicate<Consideration, Consideration> alike = alike();
        boolean sameDerivations = Applied.derivations(before.ruleSet()).equals(Applied.derivations(after.ruleSet()));
        cases.sources().forEach((facts, source) -> {
            Evaluation old = before.evaluate(facts);
            Evaluation fresh = after.evaluate(facts);
            if (sameDerivations && alike(old, fresh, alike)) {
                return;   // the same rules fired and the same considerations, alike, in the same order
            }
            Set<String> was = Applied.of(old, before.ruleSet());
            Set<String> is = Applied.of(fresh, after.ruleSet());
            is.stream().filter(id -> !was.contains(id)).forEach(id -> perRule.computeIfAbsent(id, k -> new int[2])[0]++);
            was.stream().filter(id -> !is.contains(id)).forEach(id -> perRule.computeIfAbsent(id, k -> new int[2])[1]++);
            List<ImpactReport.ConsiderationChange> changes = changes(old.considerations(), fresh.considerations(), alike);
            if (!changes.isEmpty()) {
                changed.add(new ImpactReport.CaseChange(source, facts, changes));
            }
        });
        List<ImpactReport.RuleChange> rules = perRule.entrySet().stream()
                .map(e -> new ImpactReport.RuleChange(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new ImpactReport(before.ruleSet().version(), after.ruleSet().version(), cases.sources().size(),
                cases.libraryCases(), rules, changed);
    }

    /**
     * Whether two evaluations agree: the same rules fired, and their considerations are, one by one, of the same rule
     * and alike (so with the same derivation rules, the same rules apply and nothing changed). Most cases of an
     * impact comparison do; the others are compared rule by rule.
     */
    private static boolean alike(Evaluation old, Evaluation fresh, BiPredicate<Consideration, Consideration> alike) {
        List<Consideration> was = old.considerations();
        List<Consideration> is = fresh.considerations();
        if (was.size() != is.size() || !old.firedRules().equals(fresh.firedRules())) {
            return false;
        }
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).ruleId().equals(is.get(i).ruleId()) || !alike.test(was.get(i), is.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two considerations of one rule are alike. Within a rule set only a consideration's basis and because
     * vary from case to case (its modality, kind, title, text and citations are its rule's), so those two are
     * compared for every case and the rest once per rule.
     */
    private static BiPredicate<Consideration, Consideration> alike() {
        Map<String, Boolean> rulesAlike = new HashMap<>();
        return (a, b) -> a.basis() == b.basis() && a.because().equals(b.because())
                && rulesAlike.computeIfAbsent(a.ruleId(), id -> withoutCase(a).equals(withoutCase(b)));
    }

    private static Consideration withoutCase(Consideration c) {
        return new Consideration(c.ruleId(), c.modality(), c.kind(), null, c.title(), c.explanation(), List.of(),
                c.citations());
    }

    /** Added, removed and changed considerations, by rule id. */
    private static List<ImpactReport.ConsiderationChange> changes(List<Consideration> before, List<Consideration> after,
                                                                  BiPredicate<Consideration, Consideration> alike) {
        ConsiderationChanges between = ConsiderationChanges.between(before, after, alike);
        List<ImpactReport.ConsiderationChange> changes = new ArrayList<>();
        between.added().forEach(b -> changes.add(
                new ImpactReport.ConsiderationChange(ImpactReport.Change.ADDED, b.ruleId(), List.of(), null, b)));
        between.removed().forEach(a -> changes.add(
                new ImpactReport.ConsiderationChange(ImpactReport.Change.REMOVED, a.ruleId(), List.of(), a, null)));
        between.changed().forEach(c -> changes.add(new ImpactReport.ConsiderationChange(ImpactReport.Change.CHANGED,
                c.after().ruleId(), differences(c.before(), c.after()), c.before(), c.after())));
        changes.sort(Comparator.comparing(ImpactReport.ConsiderationChange::ruleId));
        return changes;
    }

    private static List<String> differences(Consideration a, Consideration b) {
        Map<String, Function<Consideration, Object>> parts = new LinkedHashMap<>();
        parts.put("modality", Consideration::modality);
        parts.put("kind", Consideration::kind);
        parts.put("title", Consideration::title);
        parts.put("explanation", Consideration::explanation);
        parts.put("because", Consideration::because);
        parts.put("citations", Consideration::citations);
        return parts.entrySet().stream().filter(e -> !Objects.equals(e.getValue().apply(a), e.getValue().apply(b)))
                .map(Map.Entry::getKey).toList();
    }
}
