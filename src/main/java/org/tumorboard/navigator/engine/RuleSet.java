package org.tumorboard.navigator.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.tumorboard.navigator.catalogue.Literature;
import org.tumorboard.navigator.conditions.Conditions;

/**
 * A compiled, checked rule set: the Drools rule base, every rule's metadata and the literature catalogue, all read
 * from one rules directory. Immutable; replaced whole on reload.
 */
public final class RuleSet {

    private final Path directory;
    private final String version;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byId;
    private final Literature literature;
    private final Supplier<Conditions> readConditions;
    private volatile Conditions conditions;
    private final ResultOrder resultOrder;
    private final KieSessionsPool sessions;
    private final Map<String, String> fingerprints;

    RuleSet(Path directory, String version, KieBase kieBase, List<RuleInfo> rules, Literature literature,
            Supplier<Conditions> conditions) {
        this.directory = directory;
        this.version = version;
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.byId = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));
        this.literature = literature;
        this.readConditions = conditions;
        this.resultOrder = new ResultOrder(this.rules, literature.trials());
        this.sessions = kieBase.newKieSessionsPool(1);
        this.fingerprints = rules.stream()
                .collect(Collectors.toUnmodifiableMap(RuleInfo::id, rule -> RuleFingerprint.of(rule, literature)));
    }

    public Path directory() {
        return directory;
    }

    /** Changes whenever any file under the rules directory changes (a content hash). */
    public String version() {
        return version;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session from this rule set's pool (it grows with concurrent use and is thread-safe): {@code dispose()}
     * resets the session and returns it to the pool, so no fact of one evaluation survives into the next.
     */
    KieSession pooledSession() {
        return sessions.newKieSession();
    }

    ResultOrder resultOrder() {
        return resultOrder;
    }

    /** Every rule, in file then line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The rule's fingerprint: a SHA-256 of its own DRL text and the catalogue entries it cites, computed once per
     * rule set; it changes when they change and only then. Empty for an id the rule set does not have.
     */
    public Optional<String> fingerprint(String id) {
        return Optional.ofNullable(fingerprints.get(id));
    }

    public Literature literature() {
        return literature;
    }

    /**
     * Every rule's compiled conditions: patterns, and each constraint's field, operator and value. Read on first
     * use (the web app's start does not need them).
     */
    public Conditions conditions() {
        Conditions read = conditions;
        if (read == null) {
            synchronized (this) {
                if (conditions == null) {
                    conditions = readConditions.get();
                }
                read = conditions;
            }
        }
        return read;
    }
}
