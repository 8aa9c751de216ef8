package org.tumorboard.navigator.rulecheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.intake.CaseField;

/**
 * Makes the mutants of one rule from its DRL text: each pattern of its {@code when} part dropped; each constraint
 * negated and dropped; each comparison of a yes/no field
 * with true, false or null swapped for the other two; each numeric threshold
 * moved to the next representative value below and above it (from the {@link CaseSpace}).
 */
final class Mutator {

    private static final Pattern COMPARISON = Pattern.compile(
            "\\b([A-Za-z_][A-Za-z0-9_]*)\\s*(==|!=|>=|<=|>|<)\\s*(true|false|null|-?\\d+(?:\\.\\d+)?)\\b");
    private static final List<String> TRI_STATE = List.of("true", "false", "null");

    private final CaseSpace space;

    Mutator(CaseSpace space) {
        this.space = space;
    }

    /** The rule's mutants (none that only changes white space). */
    List<Mutant> mutants(RuleInfo rule) {
        List<Mutant> all = new ArrayList<>(allMutants(rule));
        all.removeIf(java.util.Objects::isNull);
        return all;
    }

    private List<Mutant> allMutants(RuleInfo rule) {
        String text = rule.drl();
        int when = lineStart(text, "when");
        int then = lineStart(text, "then");
        List<Mutant> mutants = new ArrayList<>();
        if (when < 0 || then < when) {
            return mutants;
        }
        for (int[] pattern : patterns(text, when, then)) {
            List<int[]> constraints = constraints(text, pattern[2], pattern[3]);
            mutants.add(mutant(rule, "drop-pattern", text, pattern[0], pattern[1], ""));
            for (int i = 0; i < constraints.size(); i++) {
                int[] c = constraints.get(i);
                String constraint = text.substring(c[0], c[1]);
                mutants.add(mutant(rule, "negate", text, c[0], c[1], "!(" + constraint + ")"));
                int from = i + 1 < constraints.size() ? c[0] : i > 0 ? constraints.get(i - 1)[1] : c[0];
                int to = i + 1 < constraints.size() ? constraints.get(i + 1)[0] : c[1];
                mutants.add(mutant(rule, "drop-constraint", text, from, to, ""));
                comparisons(rule, text, c[0], constraint, mutants);
            }
        }
        return mutants;
    }

    private void comparisons(RuleInfo rule, String text, int offset, String constraint, List<Mutant> mutants) {
        Matcher m = COMPARISON.matcher(constraint);
        while (m.find()) {
            int start = offset + m.start(3);
            int end = offset + m.end(3);
            String literal = m.group(3);
            if (TRI_STATE.contains(literal) && CaseField.named(m.group(1)).map(CaseField::answer).orElse(false)) {
                TRI_STATE.stream().filter(v -> !v.equals(literal))
                        .forEach(v -> mutants.add(mutant(rule, "swap", text, start, end, v)));
            } else if (!TRI_STATE.contains(literal) && CaseField.named(m.group(1)).isPresent()) {
                for (String moved : neighbours(m.group(1), literal)) {
                    mutants.add(mutant(rule, "threshold", text, start, end, moved));
                }
            }
        }
    }

    /** The representative values of the field just below and just above the threshold, written alike. */
    private List<String> neighbours(String field, String literal) {
        BigDecimal at = new BigDecimal(literal);
        BigDecimal below = null;
        BigDecimal above = null;
        for (Object v : space.fields().contains(field) ? space.values(field) : List.of()) {
            if (v instanceof Number n) {
                BigDecimal d = new BigDecimal(n.toString());
                if (d.compareTo(at) < 0 && (below == null || d.compareTo(below) > 0)) {
                    below = d;
                }
                if (d.compareTo(at) > 0 && (above == null || d.compareTo(above) < 0)) {
                    above = d;
                }
            }
        }
        List<String> moved = new ArrayList<>();
        for (BigDecimal d : new BigDecimal[] {below, above}) {
            if (d != null) {
                String plain = d.stripTrailingZeros().toPlainString();
                moved.add(literal.contains(".") && !plain.contains(".") ? plain + ".0" : plain);
            }
        }
        return moved;
    }

    private static Mutant mutant(RuleInfo rule, String operator, String text, int from, int to, String replacement) {
        String mutated = text.substring(0, from) + replacement + text.substring(to);
        return mutated.replaceAll("\\s+", "").equals(text.replaceAll("\\s+", "")) ? null
                : new Mutant(rule.id(), operator, mutated, diff(rule, text, mutated));
    }

    /** The first line that differs, before and after: {@code file:line: old → new}. */
    static String diff(RuleInfo rule, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        String old = i < a.size() ? a.get(i).strip() : "";
        String fresh = i < b.size() ? b.get(i).strip() : "";
        if (fresh.isEmpty() || b.size() < a.size() && b.subList(i, b.size()).equals(a.subList(i + 1, a.size()))) {
            fresh = "(line removed)";
        }
        return rule.file() + ":" + (rule.line() + i) + ": " + old + "  →  " + fresh;
    }

    /** Where the line that is just {@code word} starts, or -1. */
    private static int lineStart(String text, String word) {
        Matcher m = Pattern.compile("(?m)^\\s*" + word + "\\s*$").matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Each pattern between {@code when} and {@code then}: {start, end, innerStart, innerEnd}. */
    private static List<int[]> patterns(String text, int when, int then) {
        List<int[]> patterns = new ArrayList<>();
        int i = text.indexOf('\n', when) + 1;
        while (i < then) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (text.startsWith("//", i)) {
                i = text.indexOf('\n', i) + 1;
            } else {
                int open = text.indexOf('(', i);
                if (open < 0 || open > then) {
                    break;
                }
                int close = matching(text, open);
                patterns.add(new int[] {i, close + 1, open + 1, close});
                i = close + 1;
            }
        }
        return patterns;
    }

    /** The constraints of a pattern's parentheses, split at top-level commas and trimmed: {start, end}. */
    private static List<int[]> constraints(String text, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char ch = i < to ? text.charAt(i) : ',';
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '"') {
                i = text.indexOf('"', i + 1);
            } else if (ch == ',' && depth == 0) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    parts.add(new int[] {s, e});
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }
}
