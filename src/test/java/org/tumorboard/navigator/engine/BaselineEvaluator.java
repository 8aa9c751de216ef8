package org.tumorboard.navigator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.tumorboard.navigator.catalogue.Trial;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * The evaluation path as it was before issue 12 (with each consideration's basis, as main computes it) (a fresh session per case, an agenda listener collecting every fired
 * rule, a three-key comparator sort and a trial filter over a set of NCT numbers), kept verbatim so that the
 * byte-identity test and the JMH benchmark compare the optimised {@link RuleEngine} against it.
 */
public final class BaselineEvaluator {

    private static final Comparator<Consideration> ORDER = Comparator
            .comparing(Consideration::modality)
            .thenComparing(Consideration::kind)
            .thenComparing(Consideration::ruleId);

    private final RuleSet ruleSet;

    public BaselineEvaluator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Evaluation evaluate(CaseFacts facts) {
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
        BaselineGrounds grounds = new BaselineGrounds(ruleSet.conditions(), facts, fired);
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
