package org.tumorboard.navigator.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Facts that cannot both be true of one case. Only logical contradictions between the liver facts, never clinical
 * judgement (nor the stage, which the rules read as the review's grouping): each is reported under both fields,
 * each message naming the other field.
 */
final class Contradictions {

    /** Two facts that contradict each other where {@code when} holds, and why. */
    private record Rule(String first, String second, Predicate<CaseFacts> when, String why) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("liverDominantDisease", "liverMetastases",
                    c -> isTrue(c.liverDominantDisease()) && isFalse(c.liverMetastases()),
                    "liver-dominant disease means there are liver metastases"),
            new Rule("liverLesionCount", "liverMetastases",
                    c -> positive(c.liverLesionCount()) && isFalse(c.liverMetastases()),
                    "liver lesions are counted only where there are liver metastases"),
            new Rule("liverLesionCount", "liverMetastases",
                    c -> zero(c.liverLesionCount()) && isTrue(c.liverMetastases()),
                    "liver metastases mean at least one liver lesion"),
            new Rule("liverLesionCount", "liverDominantDisease",
                    c -> zero(c.liverLesionCount()) && isTrue(c.liverDominantDisease()),
                    "liver-dominant disease means at least one liver lesion"),
            new Rule("largestLiverLesionCm", "liverMetastases",
                    c -> c.largestLiverLesionCm() != null && isFalse(c.liverMetastases()),
                    "a liver lesion size needs liver metastases"),
            new Rule("largestLiverLesionCm", "liverLesionCount",
                    c -> c.largestLiverLesionCm() != null && zero(c.liverLesionCount()),
                    "a liver lesion size needs at least one liver lesion"));

    private Contradictions() {
    }

    /** Every contradiction in the case, each as two problems (one per field). */
    static List<FieldProblem> in(CaseFacts facts) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.when().test(facts)) {
                problems.add(problem(facts, rule.first(), rule.second(), rule.why()));
                problems.add(problem(facts, rule.second(), rule.first(), rule.why()));
            }
        }
        return problems;
    }

    private static FieldProblem problem(CaseFacts facts, String field, String other, String why) {
        return new FieldProblem(field, FieldProblem.CONTRADICTS + other + " = " + shown(facts, other) + ": " + why);
    }

    private static String shown(CaseFacts facts, String field) {
        Object value = CaseField.named(field).orElseThrow().valueOf(facts);
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value instanceof Double d ? Numbers.plain(d) : String.valueOf(value);
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean isFalse(Boolean value) {
        return Boolean.FALSE.equals(value);
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }

    private static boolean zero(Integer value) {
        return value != null && value == 0;
    }
}
