package org.tumorboard.navigator.rulecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's sources (the review and the news article, {@code ../shared/seeds/}), where they are on this machine,
 * and a reading of them that finds quoted text in order whatever the line breaks and hyphenation of the extraction.
 */
final class Sources {

    /** The extraction prints a figure legend or a table inside a sentence at most this far from its first half. */
    private static final int INSERTION = 4000;

    private Sources() {
    }

    /** The source file whose name starts so ("000_" the review, "001_" the news article). */
    static Optional<Path> file(String prefix) throws IOException {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("tumorboard.sources");
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("../shared/seeds"));
        candidates.add(Path.of("../../shared/seeds"));
        for (Path dir : candidates) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    Optional<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst();
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Text without whitespace or hyphens, typographic quotes made plain: line breaks and hyphenation vanish. */
    static String canonical(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replaceAll("[\\s\\-]+", "");
    }

    /**
     * What is wrong with a quotation whose passages are joined by "...": each passage must be in the source after
     * the one before it (one figure legend or table printed inside a passage is allowed). Empty if nothing is.
     */
    static Optional<String> outOfOrder(String source, String quotation) {
        String canonicalSource = canonical(source);
        int from = 0;
        for (String passage : quotation.split("\\.\\.\\.|…")) {
            String part = canonical(passage);
            if (part.isEmpty()) {
                continue;
            }
            int end = find(canonicalSource, part, from);
            if (end < 0) {
                return Optional.of((find(canonicalSource, part, 0) < 0 ? "not in the source: " : "before the passage "
                        + "it follows: ") + passage.strip());
            }
            from = end;
        }
        return Optional.empty();
    }

    /** The end of the part's first occurrence at or after {@code from}, allowing one insertion; -1 if none. */
    private static int find(String source, String part, int from) {
        int at = source.indexOf(part, from);
        if (at >= 0) {
            return at + part.length();
        }
        for (int cut = part.length() - 1; cut >= 20; cut--) {
            int head = source.indexOf(part.substring(0, cut), from);
            if (head < 0) {
                continue;
            }
            int tail = source.indexOf(part.substring(cut), head + cut);
            if (tail >= 0 && tail - (head + cut) <= INSERTION) {
                return tail + part.length() - cut;
            }
        }
        return -1;
    }
}
