package org.tumorboard.navigator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import org.tumorboard.navigator.conditions.Grounds;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tumorboard.navigator.catalogue.Trial;
import org.tumorboard.navigator.conditions.Basis;

/**
 * What result building needs of each rule, computed once per rule set: its place in the result order (modality,
 * kind, rule id, as the contract orders considerations) and the indexes of the Table 5 trials it lists, so that an
 * evaluation sorts by one int and picks trials by index instead of comparing three keys and matching NCT numbers.
 */
final class ResultOrder {

    static final Comparator<RuleInfo> CONTRACT_ORDER = Comparator
            .comparing(RuleInfo::modality)
            .thenComparing(RuleInfo::kind)
            .thenComparing(RuleInfo::id);

    /** One consideration rule: its metadata, its rank in the result order and the trials it lists (indexes). */
    record Slot(RuleInfo rule, int rank, int[] trials) {
    }

    private final Map<String, Slot> slots;
    private final List<Trial> trials;

    ResultOrder(List<RuleInfo> rules, List<Trial> trials) {
        this.trials = List.copyOf(trials);
        Map<String, Integer> trialIndex = new HashMap<>();
        for (int i = 0; i < trials.size(); i++) {
            trialIndex.put(trials.get(i).nct(), i);
        }
        List<RuleInfo> ordered = new ArrayList<>(rules.stream().filter(r -> !r.derivation()).toList());
        ordered.sort(CONTRACT_ORDER);
        this.slots = new HashMap<>();
        for (int rank = 0; rank < ordered.size(); rank++) {
            RuleInfo rule = ordered.get(rank);
            int[] listed = rule.trials().stream().filter(trialIndex::containsKey).mapToInt(trialIndex::get).toArray();
            slots.put(rule.id(), new Slot(rule, rank, listed));
        }
    }

    Slot slot(String ruleId) {
        Slot slot = slots.get(ruleId);
        if (slot == null) {
            throw new IllegalStateException("no consideration rule with id " + ruleId);
        }
        return slot;
    }

    /**
     * The considerations of these rules in the contract's order, each with its basis and reasons as the case's
     * grounds give them, and the trials their rules list in Table 5's order.
     */
    Result assemble(List<String> ruleIds, Grounds grounds) {
        int n = ruleIds.size();
        long[] keys = new long[n];
        Slot[] found = new Slot[n];
        boolean[] listed = new boolean[trials.size()];
        for (int i = 0; i < n; i++) {
            Slot slot = slot(ruleIds.get(i));
            found[i] = slot;
            keys[i] = ((long) slot.rank() << 32) | i;
            for (int t : slot.trials()) {
                listed[t] = true;
            }
        }
        Arrays.sort(keys);
        Consideration[] considerations = new Consideration[n];
        for (int k = 0; k < n; k++) {
            RuleInfo rule = found[(int) keys[k]].rule();
            considerations[k] = rule.toConsideration(Because.of(grounds, rule.id()), grounds.basis(rule.id()));
        }
        List<Trial> picked = new ArrayList<>();
        for (int t = 0; t < listed.length; t++) {
            if (listed[t]) {
                picked.add(trials.get(t));
            }
        }
        return new Result(List.of(considerations), picked);
    }

    record Result(List<Consideration> considerations, List<Trial> trials) {
    }
}
