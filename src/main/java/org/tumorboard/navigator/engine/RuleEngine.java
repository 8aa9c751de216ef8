package org.tumorboard.navigator.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ClassObjectFilter;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.catalogue.Trial;

/**
 * Evaluates cases against the current rule set. The rule base is built once; each evaluation gets a fresh session
 * of its own, so the engine is safe under concurrent use. {@link #reload()} builds a new rule set from the same
 * directory and swaps it in atomically; an evaluation under way finishes on the one it started with.
 */
public final class RuleEngine {

    private static final Comparator<Consideration> ORDER = Comparator
            .comparing(Consideration::modality)
            .thenComparing(Consideration::kind)
            .thenComparing(Consideration::ruleId);

    private final AtomicReference<RuleSet> current;

    public RuleEngine(RuleSet ruleSet) {
        this.current = new AtomicReference<>(ruleSet);
    }

    public static RuleEngine load(Path rulesDirectory) {
        return new RuleEngine(RuleSetLoader.load(rulesDirectory));
    }

    public RuleSet ruleSet() {
        return current.get();
    }

    /**
     * Rebuilds the rule set from its directory and swaps it in. A rule set with problems throws
     * {@link RuleSetException} and leaves the current one in place.
     */
    public RuleSet reload() {
        RuleSet fresh = RuleSetLoader.load(current.get().directory());
        current.set(fresh);
        return fresh;
    }

    /** Swaps in a rule set built (and checked) elsewhere, e.g. a reload candidate; evaluations under way finish on the old one. */
    public void replace(RuleSet ruleSet) {
        current.set(java.util.Objects.requireNonNull(ruleSet));
    }

    public Evaluation evaluate(CaseFacts facts) {
        RuleSet ruleSet = current.get();
        TreeSet<String> fired = new TreeSet<>();
        List<Conclusion> conclusions = new ArrayList<>();
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Object id = event.getMatch().getRule().getMetaData().get(RuleInfo.ID);
                    fired.add(String.valueOf(id));
                }
            });
            session.insert(facts);
            session.fireAllRules();
            for (Object o : session.getObjects(new ClassObjectFilter(Conclusion.class))) {
                conclusions.add((Conclusion) o);
            }
        } finally {
            session.dispose();
        }
        Grounds grounds = new Grounds(ruleSet.conditions(), facts, fired);
        Set<String> listedTrials = new HashSet<>();
        List<Consideration> considerations = new ArrayList<>(conclusions.size());
        for (Conclusion conclusion : conclusions) {
            RuleInfo rule = ruleSet.rule(conclusion.ruleId())
                    .orElseThrow(() -> new IllegalStateException("no rule with id " + conclusion.ruleId()));
            considerations.add(rule.toConsideration(conclusion.because(), grounds.basis(rule.id())));
            listedTrials.addAll(rule.trials());
        }
        considerations.sort(ORDER);
        List<Trial> trials = ruleSet.literature().trials().stream()
                .filter(t -> listedTrials.contains(t.nct()))
                .toList();
        return new Evaluation(Evaluation.DISCLAIMER, ruleSet.version(), facts, considerations, trials, fired);
    }
}
