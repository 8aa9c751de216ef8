package org.tumorboard.navigator.rulecheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Stage;

/**
 * A property every case must satisfy, as declared in {@code rules/invariants.yaml}. The vocabulary:
 * <ul>
 *   <li>{@code never-together: [A, B]}: A and B never apply to the same case;</li>
 *   <li>{@code together: [A, B]}: A applies exactly when B does;</li>
 *   <li>{@code exactly-one: [A, B, C]} with {@code stage: S}: in stage S exactly one of them applies;</li>
 *   <li>{@code missing-information-only-when-unknown: RULE field…}: the rule applies only when one of the fields
 *   is unknown ({@code all}: every MISSING_INFORMATION rule, with the fields its conditions compare with null);</li>
 *   <li>{@code known-value-resolves: field}: when the field is known, none of its missing-information rules (the
 *   MISSING_INFORMATION rules reading that field alone, apart from the stage) applies;</li>
 *   <li>{@code stages: RULE STAGE…}: the rule applies only in these stages ({@code RULE-*} names every rule
 *   whose id starts so);</li>
 *   <li>{@code because-matches-case: all}: every because entry {@code field = value} names a case field and the
 *   value the case has.</li>
 * </ul>
 */
interface Invariant {

    /** The invariant as declared, e.g. {@code never-together: [IRE-PACEMAKER, IRE-PACEMAKER-UNKNOWN]}. */
    String text();

    /** What is wrong with the case's outcome, or empty if the invariant holds. */
    Optional<String> check(Outcome outcome);

    /** A case, its evaluation and the rules that apply to it. */
    record Outcome(CaseFacts facts, Evaluation evaluation, Set<String> applied) {
    }

    record NeverTogether(String text, String a, String b) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            return o.applied().contains(a) && o.applied().contains(b)
                    ? Optional.of(a + " and " + b + " both apply") : Optional.empty();
        }
    }

    record Together(String text, String a, String b) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            boolean hasA = o.applied().contains(a);
            return hasA == o.applied().contains(b) ? Optional.empty()
                    : Optional.of((hasA ? a : b) + " applies without " + (hasA ? b : a));
        }
    }

    record ExactlyOne(String text, Stage stage, List<String> rules) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            if (o.facts().stage() != stage) {
                return Optional.empty();
            }
            List<String> applying = rules.stream().filter(o.applied()::contains).toList();
            return applying.size() == 1 ? Optional.empty()
                    : Optional.of(applying.isEmpty() ? "none of them applies" : String.join(" and ", applying) + " apply");
        }
    }

    /** The rule applies only when at least one of the fields is unknown. */
    record OnlyWhenUnknown(String text, String rule, List<String> fields) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            if (!o.applied().contains(rule) || fields.stream().anyMatch(f -> CaseFields.get(o.facts(), f) == null)) {
                return Optional.empty();
            }
            return Optional.of(rule + " applies although " + known(o.facts(), fields));
        }
    }

    /** When the field is known, none of the rules that need it unknown applies. */
    record KnownValueResolves(String text, String field, List<String> rules) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            if (CaseFields.get(o.facts(), field) == null) {
                return Optional.empty();
            }
            List<String> applying = rules.stream().filter(o.applied()::contains).toList();
            return applying.isEmpty() ? Optional.empty()
                    : Optional.of(String.join(", ", applying) + " applies although " + known(o.facts(), List.of(field)));
        }
    }

    record Stages(String text, List<String> rules, Set<Stage> stages) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            if (stages.contains(o.facts().stage())) {
                return Optional.empty();
            }
            List<String> applying = rules.stream().filter(o.applied()::contains).toList();
            return applying.isEmpty() ? Optional.empty()
                    : Optional.of(String.join(", ", applying) + " applies in stage " + o.facts().stage());
        }
    }

    record BecauseMatchesCase(String text) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            List<String> wrong = new ArrayList<>();
            for (Consideration c : o.evaluation().considerations()) {
                for (String entry : c.because()) {
                    if (!matches(entry, o.facts())) {
                        wrong.add(c.ruleId() + " says \"" + entry + "\"");
                    }
                }
            }
            return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", wrong) + " (" + describe(o.facts()) + ")");
        }

        /** {@code field = value}, the value as Because writes it, a number optionally followed by its unit. */
        static boolean matches(String entry, CaseFacts facts) {
            int eq = entry.indexOf(" = ");
            if (eq < 0 || !CaseFields.exists(entry.substring(0, eq))) {
                return false;
            }
            String field = entry.substring(0, eq);
            String said = entry.substring(eq + 3);
            Object actual = CaseFields.get(facts, field);
            if (actual instanceof Number n) {
                String number = said.split(" ", 2)[0];
                boolean unitOnly = said.equals(number) || said.substring(number.length()).strip().matches("[A-Za-z/%]+");
                try {
                    return unitOnly && new BigDecimal(number).compareTo(new BigDecimal(n.toString())) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return said.equals(actual == null ? "unknown" : actual instanceof Boolean b ? (b ? "yes" : "no") : actual.toString());
        }
    }

    private static String known(CaseFacts facts, List<String> fields) {
        return fields.stream().map(f -> f + " = " + CaseFields.get(facts, f)).collect(Collectors.joining(", "));
    }

    private static String describe(CaseFacts facts) {
        return CaseFields.names().stream().filter(f -> CaseFields.get(facts, f) != null)
                .map(f -> f + " = " + CaseFields.get(facts, f)).collect(Collectors.joining(", "));
    }
}
