package org.tumorboard.navigator.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Facts that cannot both be true of one case: logical contradictions, never clinical judgement. Facts that are only
 * unusual together (a fit patient with locally advanced disease, a tail tumour with gastric outlet obstruction) are
 * not refused. Each contradiction is reported under both fields, each message naming the other field; README.md
 * lists them with the reasons.
 */
final class Contradictions {

    /** Two facts that contradict each other where {@code when} holds, and why. */
    private record Rule(String first, String second, Predicate<CaseFacts> when, String why) {
    }

    private static final String STAGE_IV = " (stage IV disease); the review describes locally advanced disease as "
            + "non-metastatic";

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
                    "a liver lesion size needs at least one liver lesion"),
            new Rule("liverMetastasesTiming", "liverMetastases",
                    c -> c.liverMetastasesTiming() != null && isFalse(c.liverMetastases()),
                    "the timing of liver metastases needs liver metastases"),
            new Rule("liverMetastasesTiming", "liverLesionCount",
                    c -> c.liverMetastasesTiming() != null && zero(c.liverLesionCount()),
                    "the timing of liver metastases needs at least one liver lesion"),
            new Rule("stage", "liverMetastases",
                    c -> notMetastatic(c) && isTrue(c.liverMetastases()),
                    "liver metastases are distant metastases" + STAGE_IV),
            new Rule("stage", "liverDominantDisease",
                    c -> notMetastatic(c) && isTrue(c.liverDominantDisease()),
                    "liver-dominant disease is a pattern of metastatic disease" + STAGE_IV),
            new Rule("stage", "liverLesionCount",
                    c -> notMetastatic(c) && positive(c.liverLesionCount()),
                    "liver lesions are liver metastases" + STAGE_IV),
            new Rule("stage", "largestLiverLesionCm",
                    c -> notMetastatic(c) && c.largestLiverLesionCm() != null,
                    "a liver lesion size needs a liver metastasis" + STAGE_IV),
            new Rule("stage", "liverMetastasesTiming",
                    c -> notMetastatic(c) && c.liverMetastasesTiming() != null,
                    "the timing of liver metastases needs liver metastases" + STAGE_IV),
            new Rule("stage", "unresectableAtLaparotomy",
                    c -> isTrue(c.unresectableAtLaparotomy())
                            && (c.stage() == Stage.RESECTABLE || c.stage() == Stage.BORDERLINE_RESECTABLE),
                    "disease found unresectable at laparotomy is not resectable; give the stage found there"),
            new Rule("chemotherapyResponse", "severeChemotherapyToxicity",
                    c -> c.chemotherapyResponse() == ChemotherapyResponse.NOT_TREATED
                            && isTrue(c.severeChemotherapyToxicity()),
                    "severe chemotherapy toxicity needs chemotherapy"));

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
        return new FieldProblem(field, FieldProblem.CONTRADICTS + other + " = " + shown(facts, other) + ": " + why, other);
    }

    private static String shown(CaseFacts facts, String field) {
        Object value = CaseField.named(field).orElseThrow().valueOf(facts);
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value instanceof Double d ? Numbers.plain(d) : String.valueOf(value);
    }

    private static boolean notMetastatic(CaseFacts c) {
        return c.stage() != null && c.stage() != Stage.METASTATIC;
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
