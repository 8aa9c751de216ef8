package org.tumorboard.navigator.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tumorboard.navigator.catalogue.Literature;
import org.tumorboard.navigator.conditions.Conditions;
import org.tumorboard.navigator.conditions.Grounds;
import org.tumorboard.navigator.drools.DroolsRuleBase;

/**
 * A compiled, checked rule set: the rule base, every rule's metadata and conditions and the literature catalogue,
 * all read from one rules directory. Immutable; replaced whole on reload.
 */
public final class RuleSet {

    private final Path directory;
    private final String version;
    private final DroolsRuleBase ruleBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byId;
    private final Literature literature;
    private final Conditions conditions;
    private final ResultOrder resultOrder;
    private final Map<String, String> fingerprints;

    RuleSet(Path directory, String version, DroolsRuleBase ruleBase, List<RuleInfo> rules, Literature literature,
            Conditions conditions) {
        this.directory = directory;
        this.version = version;
        this.ruleBase = ruleBase;
        this.rules = List.copyOf(rules);
        this.byId = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));
        this.literature = literature;
        this.conditions = conditions;
        this.resultOrder = new ResultOrder(this.rules, literature.trials());
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

    DroolsRuleBase ruleBase() {
        return ruleBase;
    }

    /** The same rule set with other conditions (after one rule of its rule base was replaced). */
    RuleSet withConditions(Conditions replaced) {
        return new RuleSet(directory, version, ruleBase, rules, literature, replaced);
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

    /** The grounds of an evaluation made with this rule set: which conditions held, and what each match rests on. */
    public Grounds grounds(Evaluation evaluation) {
        return new Grounds(conditions, evaluation.caseFacts(), evaluation.firedRules());
    }

    /** Every rule's compiled conditions: patterns, and each constraint's field, operator and value. */
    public Conditions conditions() {
        return conditions;
    }
}
