package org.tumorboard.navigator.signoff;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) between the text a reviewer judged and today's text. */
public final class LineDiff {

    public enum Change { SAME, REMOVED, ADDED }

    /** One line of the diff; {@link #marker()} is {@code ' '}, {@code '-'} or {@code '+'}. */
    public record Line(Change change, String text) {

        public String marker() {
            return switch (change) {
                case SAME -> " ";
                case REMOVED -> "-";
                case ADDED -> "+";
            };
        }

        public String cssClass() {
            return "diff-" + change.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> a = before == null ? List.of() : before.lines().toList();
        List<String> b = after == null ? List.of() : after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(new Line(Change.SAME, a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        return lines;
    }
}
