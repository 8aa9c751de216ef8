package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.catalogue.Modality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tumorboard.navigator.drools.CompiledRule;
import org.tumorboard.navigator.catalogue.Literature;

/**
 * Reads one rule's {@code @id @modality @kind @refs @explanation @passage @trials} (or {@code @derived}) metadata,
 * reporting each missing or malformed entry as a problem at the rule's place.
 */
final class RuleMetadata {

    /** The token in {@code @refs} that stands for the review authors' own statement. */
    static final String AUTHORS_OWN = "review";

    private final CompiledRule rule;
    private final Map<String, Object> meta;
    private final String where;
    private final Literature literature;
    private final List<String> problems;

    RuleMetadata(CompiledRule rule, String where, Literature literature, List<String> problems) {
        this.rule = rule;
        this.meta = rule.metadata();
        this.where = where;
        this.literature = literature;
        this.problems = problems;
    }

    /** The rule's description, or null (with problems added) where its metadata is incomplete. */
    RuleInfo toRuleInfo(String file, int line, String drl) {
        int before = problems.size();
        String id = required(RuleInfo.ID);
        String passage = required(RuleInfo.PASSAGE);
        List<Citation> citations = citations();
        List<String> trials = tokens(RuleInfo.TRIALS);
        trials.stream().filter(nct -> literature.trial(nct).isEmpty())
                .forEach(nct -> problem("@trials names " + nct + ", which trials.yaml does not list"));
        Modality modality = null;
        Kind kind = null;
        String explanation = null;
        if (meta.containsKey(RuleInfo.DERIVED)) {
            for (String key : List.of(RuleInfo.MODALITY, RuleInfo.KIND, RuleInfo.EXPLANATION)) {
                if (meta.containsKey(key)) {
                    problem("a @derived rule produces no consideration, so it takes no @" + key);
                }
            }
        } else {
            modality = constant(Modality.class, RuleInfo.MODALITY);
            kind = constant(Kind.class, RuleInfo.KIND);
            explanation = required(RuleInfo.EXPLANATION);
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleInfo(id, rule.name(), modality, kind, explanation, passage, citations, trials, file, line, drl);
    }

    private List<Citation> citations() {
        List<Citation> citations = new ArrayList<>();
        List<String> refs = tokens(RuleInfo.REFS);
        if (refs.isEmpty()) {
            problem("missing @refs (reference numbers of the review, or \"" + AUTHORS_OWN + "\" for the authors' own statement)");
        }
        for (String token : refs) {
            if (token.equals(AUTHORS_OWN)) {
                citations.add(new Citation(null, "Review authors' own statement (" + literature.review().shortName() + ")"));
            } else if (token.matches("\\d{1,4}")) {
                int ref = Integer.parseInt(token);
                literature.reference(ref).ifPresentOrElse(
                        r -> citations.add(new Citation(ref, "Review, ref. " + ref
                                + (r.firstAuthor() == null ? "" : " (" + r.shortName() + ")"))),
                        () -> problem("@refs cites " + ref + ", which has no entry in the literature catalogue"));
            } else {
                problem("@refs token \"" + token + "\" is neither a reference number nor \"" + AUTHORS_OWN + "\"");
            }
        }
        return citations;
    }

    private String required(String key) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            problem("missing @" + key);
            return null;
        }
        return value.toString().strip();
    }

    private <E extends Enum<E>> E constant(Class<E> type, String key) {
        String value = required(key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("@" + key + "(\"" + value + "\") is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** A metadata value as a list of tokens separated by commas or white space. */
    private List<String> tokens(String key) {
        Object value = meta.get(key);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private void problem(String message) {
        problems.add(where + ": rule \"" + rule.name() + "\": " + message);
    }
}
