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
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.tumorboard.navigator.catalogue.Literature;
import org.tumorboard.navigator.catalogue.LiteratureLoader;

/**
 * Reads a rules directory: compiles every {@code .drl} below it into one rule base (classic DRL, so errors carry
 * exact lines), reads each rule's metadata, loads the literature catalogue and checks that they fit together.
 * Every problem is reported as {@code file:line: message} with the file relative to the rules directory.
 */
public final class RuleSetLoader {

    /** The rules directory where none is configured, relative to the working directory. */
    public static final String DEFAULT_DIRECTORY = "rules";

    /** Where Drools expects resources; its messages carry this prefix, which is mapped back to the rules directory. */
    private static final String KIE_PREFIX = "src/main/resources/";
    /** Each build's KieModule is {@code org.tumorboard:rule-set:1.0.N}, N counting builds in this JVM. */
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleSetLoader() {
    }

    public static RuleSet load(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(directory + ": not a directory (set tumorboard.rules-dir)"));
        }
        List<Path> files = filesUnder(dir);
        List<Path> drls = files.stream().filter(p -> p.toString().endsWith(".drl")).toList();
        if (drls.isEmpty()) {
            throw new RuleSetException(List.of(directory + ": no .drl files"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> sources = new TreeMap<>();
        for (Path drl : drls) {
            sources.put(relative(dir, drl), read(drl));
        }
        Map<String, String> consequences = new HashMap<>();
        sources.forEach((file, text) -> checkSyntax(file, text, problems, consequences));
        if (!problems.isEmpty()) {
            // A file that does not parse makes Drools report knock-on errors in the others; show only the cause.
            throw new RuleSetException(problems);
        }
        KieBase kieBase = compile(sources, problems);
        Literature literature = LiteratureLoader.load(dir, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<RuleInfo> rules = describe(kieBase, sources, literature, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        Conditions conditions = new ConditionReader(kieBase).read(consequences);
        return new RuleSet(dir, version(dir, files), kieBase, rules, literature, conditions);
    }

    private static void checkSyntax(String file, String text, List<String> problems, Map<String, String> consequences) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr parsed = parser.parse(false, text);
            if (parsed != null) {
                parsed.getRules().forEach(r -> consequences.put(r.getName(), String.valueOf(r.getConsequence())));
            }
        } catch (DroolsParserException e) {
            problems.add(file + ":0: " + oneLine(e.getMessage()));
            return;
        }
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            problems.add(file + ":" + (lines != null && lines.length > 0 ? lines[0] : 0) + ": " + oneLine(error.getMessage()));
        }
    }

    /** The KieModule release of the {@code n}th build in this JVM (for tests: each is removed once built). */
    static ReleaseId releaseOfBuild(long n) {
        return KieServices.get().newReleaseId("org.tumorboard", "rule-set", "1.0." + n);
    }

    /** How many builds this JVM has made. */
    static long builds() {
        return BUILDS.get();
    }

    private static KieBase compile(Map<String, String> sources, List<String> problems) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = releaseOfBuild(BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        sources.forEach((file, text) -> kfs.write(KIE_PREFIX + file, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.stream()
                    .sorted(Comparator.comparing((Message m) -> String.valueOf(m.getPath())).thenComparingInt(Message::getLine))
                    .forEach(m -> problems.add(where(m.getPath(), m.getLine()) + ": " + oneLine(m.getText())));
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        try {
            return ks.newKieContainer(releaseId).getKieBase();
        } finally {
            // The container keeps what it needs; the repository would otherwise keep every build ever made.
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, String> sources, Literature literature,
                                           List<String> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).forEach(rule -> {
            String file = fileOf(rule);
            List<String> lines = sources.getOrDefault(file, "").lines().toList();
            int line = lineOf(lines, rule.getName());
            RuleMetadata meta = new RuleMetadata(rule, file + ":" + line, literature, problems);
            RuleInfo info = meta.toRuleInfo(file, line, ruleText(lines, line).orElse(null));
            if (info == null) {
                return;
            }
            if (!ids.add(info.id())) {
                problems.add(file + ":" + line + ": @id \"" + info.id() + "\" is used by another rule too");
                return;
            }
            rules.add(info);
        });
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return rules;
    }

    private static String fileOf(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath();
            return path.startsWith(KIE_PREFIX) ? path.substring(KIE_PREFIX.length()) : path;
        }
        return "?";
    }

    /** The 1-based line where {@code rule "name"} starts, or 0. */
    static int lineOf(List<String> lines, String ruleName) {
        String quoted = "\"" + ruleName + "\"";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("rule ") && (line.contains(quoted) || line.substring(5).strip().startsWith(ruleName))) {
                return i + 1;
            }
        }
        return 0;
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

    private static String where(String kiePath, int line) {
        String file = kiePath == null ? "?" : kiePath.startsWith(KIE_PREFIX) ? kiePath.substring(KIE_PREFIX.length()) : kiePath;
        return file + ":" + Math.max(line, 0);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
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

    static String readFile(Path file) {
        return read(file);
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
