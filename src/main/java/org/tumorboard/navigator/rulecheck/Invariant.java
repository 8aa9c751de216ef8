package org.tumorboard.navigator.rulecheck;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
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
 *   <li>{@code treatment-setting: DERIVED-RULE} with {@code modalities: [M…]}: the derivation applies exactly when
 *   evidence or a note of one of the modalities is in the result, and no caution or missing-information
 *   consideration of them is shown where it does not apply;</li>
 *   <li>{@code missing-fact-asked-once: all}: no field is asked for by two MISSING_INFORMATION considerations of one
 *   result.</li>
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
            if (o.facts().stage() != stage || applyingCount(rules, o) == 1) {
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
            if (!o.applied().contains(rule)) {
                return Optional.empty();
            }
            for (String field : fields) {
                if (CaseField.valueOf(o.facts(), field) == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(rule + " applies although " + known(o.facts(), fields));
        }
    }

    /** When the field is known, none of the rules that need it unknown applies. */
    record KnownValueResolves(String text, String field, List<String> rules) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            if (!anyApplies(rules, o) || CaseField.valueOf(o.facts(), field) == null) {
                return Optional.empty();
            }
            List<String> applying = rules.stream().filter(o.applied()::contains).toList();
            return Optional.of(String.join(", ", applying) + " applies although " + known(o.facts(), List.of(field)));
        }
    }

    record Stages(String text, List<String> rules, Set<Stage> stages) implements Invariant {
        @Override
        public Optional<String> check(Outcome o) {
            if (stages.contains(o.facts().stage()) || !anyApplies(rules, o)) {
                return Optional.empty();
            }
            List<String> applying = rules.stream().filter(o.applied()::contains).toList();
            return Optional.of(String.join(", ", applying) + " applies in stage " + o.facts().stage());
        }
    }

    /** A treatment's cautions and open questions are shown exactly where its evidence or notes are. */
    record TreatmentSetting(String text, String derivation, Set<Modality> modalities) implements Invariant {

        private static final Set<Kind> SHOWN = EnumSet.of(Kind.EVIDENCE, Kind.NOTE);

        public TreatmentSetting {
            modalities = Set.copyOf(modalities);
        }

        @Override
        public Optional<String> check(Outcome o) {
            boolean setting = o.applied().contains(derivation);
            boolean shown = false;
            String unsupported = null;
            for (Consideration c : o.evaluation().considerations()) {
                if (modalities.contains(c.modality())) {
                    if (SHOWN.contains(c.kind())) {
                        shown = true;
                    } else if (unsupported == null) {
                        unsupported = c.ruleId();
                    }
                }
            }
            if (setting != shown) {
                return Optional.of(setting ? derivation + " applies but no evidence or note of " + modalities + " is shown"
                        : "evidence or notes of " + modalities + " are shown but " + derivation + " does not apply");
            }
            return setting || unsupported == null ? Optional.empty()
                    : Optional.of(unsupported + " is shown without evidence or notes of " + modalities);
        }
    }

    /** No case field is asked for by two missing-information considerations of one result. */
    record AskedOnce(String text, Map<String, List<String>> unknownFields) implements Invariant {

        public AskedOnce {
            unknownFields = Map.copyOf(unknownFields);
        }

        @Override
        public Optional<String> check(Outcome o) {
            Map<String, String> askedBy = new HashMap<>();
            for (Consideration c : o.evaluation().considerations()) {
                if (c.kind() != Kind.MISSING_INFORMATION) {
                    continue;
                }
                for (String field : unknownFields.getOrDefault(c.ruleId(), List.of())) {
                    String earlier = askedBy.putIfAbsent(field, c.ruleId());
                    if (earlier != null) {
                        return Optional.of(field + " is asked for by both " + earlier + " and " + c.ruleId());
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Whether any of the rules applies (a plain loop: this runs for every case of a sweep). */
    private static int applyingCount(List<String> rules, Outcome o) {
        int count = 0;
        for (String rule : rules) {
            if (o.applied().contains(rule)) {
                count++;
            }
        }
        return count;
    }

    private static boolean anyApplies(List<String> rules, Outcome o) {
        for (String rule : rules) {
            if (o.applied().contains(rule)) {
                return true;
            }
        }
        return false;
    }

    private static String known(CaseFacts facts, List<String> fields) {
        return fields.stream().map(f -> f + " = " + CaseField.valueOf(facts, f)).collect(Collectors.joining(", "));
    }
}
