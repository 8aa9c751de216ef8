package org.tumorboard.navigator.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * What one list of considerations adds to, removes from and changes in another, matched by rule id: the one
 * comparison behind the what-if page (one case, one fact changed) and the impact report (many cases, two rule sets).
 *
 * @param added     in {@code after}'s order
 * @param removed   in {@code before}'s order
 * @param changed   considerations both lists have that differ in anything (because-facts, basis, text, …), in
 *                  {@code after}'s order
 * @param unchanged how many both lists have alike
 */
public record ConsiderationChanges(List<Consideration> added, List<Consideration> removed, List<Changed> changed,
                                   int unchanged) {

    public ConsiderationChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** One rule's consideration before and after. */
    public record Changed(Consideration before, Consideration after) {
    }

    public static ConsiderationChanges between(List<Consideration> before, List<Consideration> after) {
        return between(before, after, Consideration::equals);
    }

    /** The same, with {@code alike} telling whether two considerations of one rule are the same. */
    public static ConsiderationChanges between(List<Consideration> before, List<Consideration> after,
                                               BiPredicate<Consideration, Consideration> alike) {
        Map<String, Consideration> was = byRule(before);
        Map<String, Consideration> is = byRule(after);
        List<Consideration> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (Consideration c : after) {
            Consideration old = was.get(c.ruleId());
            if (old == null) {
                added.add(c);
            } else if (!alike.test(old, c)) {
                changed.add(new Changed(old, c));
            } else {
                unchanged++;
            }
        }
        List<Consideration> removed = before.stream().filter(c -> !is.containsKey(c.ruleId())).toList();
        return new ConsiderationChanges(added, removed, changed, unchanged);
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, Consideration> byRule(List<Consideration> considerations) {
        Map<String, Consideration> byRule = new LinkedHashMap<>();
        considerations.forEach(c -> byRule.putIfAbsent(c.ruleId(), c));
        return byRule;
    }
}
