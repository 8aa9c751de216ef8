package org.tumorboard.navigator.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;

/**
 * The DRL text of each rule, as written in its file: from the line where {@code rule "..."} starts to the first
 * line that is {@code end}. Read once per rule set.
 */
public final class DrlSource {

    private final Map<String, String> byId;

    private DrlSource(Map<String, String> byId) {
        this.byId = byId;
    }

    /** The DRL of every rule of the set (each file read once); rules whose text cannot be found are left out. */
    public static DrlSource of(RuleSet ruleSet) {
        Path dir = ruleSet.directory().toAbsolutePath().normalize();
        Map<String, List<String>> files = new HashMap<>();
        Map<String, String> byId = new LinkedHashMap<>();
        for (RuleInfo rule : ruleSet.rules()) {
            List<String> lines = files.computeIfAbsent(rule.file(), file -> read(dir, file));
            extract(lines, rule.line()).ifPresent(text -> byId.put(rule.id(), text));
        }
        return new DrlSource(Map.copyOf(byId));
    }

    public Optional<String> text(String ruleId) {
        return Optional.ofNullable(byId.get(ruleId));
    }

    /** Lines {@code line} (1-based) to the first {@code end} line, joined; empty if there is no such block. */
    static Optional<String> extract(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int i = line - 1; i < lines.size(); i++) {
            text.append(lines.get(i)).append('\n');
            if (lines.get(i).strip().equals("end")) {
                return Optional.of(text.toString().stripTrailing());
            }
        }
        return Optional.empty();
    }

    private static List<String> read(Path dir, String file) {
        Path path = dir.resolve(file).normalize();
        if (!path.startsWith(dir) || !Files.isRegularFile(path)) {
            return List.of();
        }
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
