package org.tumorboard.navigator.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one diff of the product (java-diff-utils' Myers diff): two sequences as the whole of the second, each part
 * kept, removed or added, in order, removals before additions where something was replaced. Of lists (the approved
 * output's rule ids), of lines, and of words (a reviewer's view of a changed rule or text).
 */
public final class Diff {

    /** What happened to a part. */
    public enum Change {
        SAME, REMOVED, ADDED;

        /** {@code ' '}, {@code '-'} or {@code '+'}. */
        public String marker() {
            return this == SAME ? " " : this == REMOVED ? "-" : "+";
        }

        /** {@code diff-same}, {@code diff-removed}, {@code diff-added}: the class a page styles it by. */
        public String cssClass() {
            return "diff-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One part of a diff: an item, a line, or a word (with the white space after it). */
    public record Part<T>(Change change, T value) {

        public boolean changed() {
            return change != Change.SAME;
        }
    }

    /** A word, or a run of white space or punctuation between words. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_.'’-]+|\\s+|[^\\p{L}\\p{N}\\s]");

    private Diff() {
    }

    /** The parts of {@code before} and {@code after}, in order. */
    public static <T> List<Part<T>> between(List<T> before, List<T> after) {
        List<Part<T>> parts = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<T> delta : DiffUtils.diff(before, after).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                parts.add(new Part<>(Change.SAME, before.get(i)));
            }
            delta.getSource().getLines().forEach(v -> parts.add(new Part<>(Change.REMOVED, v)));
            delta.getTarget().getLines().forEach(v -> parts.add(new Part<>(Change.ADDED, v)));
            i += delta.getSource().size();
        }
        for (; i < before.size(); i++) {
            parts.add(new Part<>(Change.SAME, before.get(i)));
        }
        return parts;
    }

    /** A line diff (null text: none). */
    public static List<Part<String>> lines(String before, String after) {
        return between(before == null ? List.of() : before.lines().toList(),
                after == null ? List.of() : after.lines().toList());
    }

    /**
     * A word diff (null text: none): words and the white space and punctuation between them, neighbouring parts of
     * one change joined, so that a replaced word reads as one removal and one addition.
     */
    public static List<Part<String>> words(String before, String after) {
        List<Part<String>> joined = new ArrayList<>();
        for (Part<String> part : between(tokens(before), tokens(after))) {
            Part<String> last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.change() == part.change()) {
                joined.set(joined.size() - 1, new Part<>(part.change(), last.value() + part.value()));
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }
}
