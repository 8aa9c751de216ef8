package org.tumorboard.navigator.reload;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditLog;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.RuleSetVerifier;
import org.tumorboard.navigator.rulecheck.Verification;
import org.tumorboard.navigator.scenarios.ScenarioOutcome;

/**
 * Safe reload: builds a candidate rule set from the rules directory, runs every check and scenario of
 * {@code verify} against it, and only if all pass swaps it in (atomically: an evaluation under way finishes on the
 * rule set it started with). On any problem the last good rule set keeps serving. Caches built from the rule set
 * (scenario library, rule pages, literature) read the engine's current rule set and so follow the swap; reviews
 * follow fingerprints, so unchanged rules keep their status.
 */
@Service
public class RuleSetReloader {

    private final RuleEngine engine;
    private final CaseReader reader;
    private final AuditLog audit;

    public RuleSetReloader(RuleEngine engine, CaseReader reader, AuditLog audit) {
        this.engine = engine;
        this.reader = reader;
        this.audit = audit;
    }

    /** Reloads on behalf of {@code actor}; one reload at a time. */
    public synchronized ReloadOutcome reload(String actor) {
        RuleSet serving = engine.ruleSet();
        List<String> problems = new ArrayList<>();
        RuleSet candidate = null;
        try {
            candidate = RuleSetLoader.load(serving.directory());
        } catch (RuleSetException e) {
            problems.addAll(e.problems());
        }
        if (candidate != null) {
            Verification verification = new RuleSetVerifier(reader).verify(new RuleEngine(candidate));
            problems.addAll(verification.problems());
            verification.outcomes().stream().filter(o -> !o.passed()).map(ScenarioOutcome::line).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            audit.record(actor, AuditAction.RELOAD_REJECTED, serving.version(),
                    problems.size() + " problem(s): " + String.join("\n", problems));
            return new ReloadOutcome(false, serving.version(), serving.version(), problems);
        }
        engine.replace(candidate);
        audit.record(actor, AuditAction.RELOAD, candidate.version(),
                "rule set " + serving.version() + " replaced by " + candidate.version());
        return new ReloadOutcome(true, candidate.version(), serving.version(), List.of());
    }
}
