package org.tumorboard.navigator.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tumorboard.navigator.catalogue.Literature;
import org.tumorboard.navigator.catalogue.LiteratureLoader;
import org.tumorboard.navigator.conditions.Conditions;
import org.tumorboard.navigator.drools.CompiledRule;
import org.tumorboard.navigator.drools.DroolsRuleBase;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * Reads a rules directory: compiles every {@code .drl} below it into one rule base (see {@link DroolsRuleBase}: the
 * guard rails, exact lines), reads each rule's metadata, loads the literature catalogue and checks that they fit
 * together. Every problem is reported as {@code file:line: message} with the file relative to the rules directory.
 */
public final class RuleSetLoader {

    /** The rules directory where none is configured, relative to the working directory. */
    public static final String DEFAULT_DIRECTORY = "rules";

    private RuleSetLoader() {
    }

    static Path normalized(Path directory) {
        return directory.toAbsolutePath().normalize();
    }

    public static RuleSet load(Path directory) {
        Path dir = normalized(directory);
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(directory + ": not a directory (set tumorboard.rules-dir)"));
        }
        List<Path> files = filesUnder(dir);
        SortedMap<String, String> sources = new TreeMap<>();
        files.stream().filter(p -> p.toString().endsWith(".drl")).forEach(drl -> sources.put(relative(dir, drl), read(drl)));
        if (sources.isEmpty()) {
            throw new RuleSetException(List.of(directory + ": no .drl files"));
        }
        List<String> problems = new ArrayList<>();
        DroolsRuleBase ruleBase = DroolsRuleBase.compile(sources, CaseFacts.class, problems);
        if (ruleBase == null) {
            throw new RuleSetException(problems);
        }
        Literature literature = LiteratureLoader.load(dir, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<RuleInfo> rules = describe(ruleBase.rules(), sources, literature, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        Conditions conditions = new Conditions(ruleBase.rules().stream().map(CompiledRule::conditions).toList());
        return new RuleSet(dir, version(dir, files), ruleBase, rules, literature, conditions);
    }

    private static List<RuleInfo> describe(List<CompiledRule> compiled, SortedMap<String, String> sources,
                                           Literature literature, List<String> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CompiledRule rule : compiled) {
            List<String> lines = sources.getOrDefault(rule.file(), "").lines().toList();
            RuleMetadata meta = new RuleMetadata(rule, rule.file() + ":" + rule.line(), literature, problems);
            RuleInfo info = meta.toRuleInfo(rule.file(), rule.line(), ruleText(lines, rule.line()).orElse(null));
            if (info == null) {
                continue;
            }
            if (!ids.add(info.id())) {
                problems.add(rule.file() + ":" + rule.line() + ": @id \"" + info.id() + "\" is used by another rule too");
                continue;
            }
            rules.add(info);
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return rules;
    }

    /** Lines {@code line} (1-based) to the first {@code end} line, joined; empty if there is no such block. */
    static Optional<String> ruleText(List<String> lines, int line) {
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

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file's relative path and bytes, as 12 hex digits. */
    private static String version(Path dir, List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(relative(dir, file).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
