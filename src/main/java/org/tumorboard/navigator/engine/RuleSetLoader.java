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
import java.util.stream.Stream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.lang.descr.CompositePackageDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
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
        List<PackageDescr> parsed = new ArrayList<>();
        sources.forEach((file, text) -> parse(file, text, problems, consequences).ifPresent(parsed::add));
        if (!problems.isEmpty()) {
            // A file that does not parse makes Drools report knock-on errors in the others; show only the cause.
            throw new RuleSetException(problems);
        }
        KnowledgeBuilderImpl builder = compile(parsed, problems);
        KieBase kieBase = builder == null ? null : kieBase(builder);
        Literature literature = LiteratureLoader.load(dir, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<RuleInfo> rules = describe(kieBase, sources, literature, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSet(dir, version(dir, files), kieBase, rules, literature,
                () -> new ConditionReader(kieBase).read(consequences));
    }

    /**
     * One file parsed, once: its syntax errors go to {@code problems}; its rules' consequences (read by
     * {@link ConditionReader}) to {@code consequences}; the parsed package, tagged with the file, is compiled as is.
     */
    private static Optional<PackageDescr> parse(String file, String text, List<String> problems,
                                                Map<String, String> consequences) {
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(file + ":0: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            problems.add(file + ":" + (lines != null && lines.length > 0 ? lines[0] : 0) + ": " + oneLine(error.getMessage()));
        }
        if (parsed == null || parser.hasErrors()) {
            return Optional.empty();
        }
        parsed.getRules().forEach(r -> consequences.put(r.getName(), String.valueOf(r.getConsequence())));
        Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(file);
        resource.setResourceType(ResourceType.DRL);
        parsed.setResource(resource);
        return Optional.of(parsed);
    }

    /**
     * The parsed files compiled together (so that one file may use a type another declares); null if they do not
     * compile, every error then reported as {@code file:line: message}.
     */
    private static KnowledgeBuilderImpl compile(List<PackageDescr> parsed, List<String> problems) {
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.buildPackages(parsed.stream().map(p -> new CompositePackageDescr(p.getResource(), p)).toList());
        List<KnowledgeBuilderResult> errors = builder.getResults(ResultSeverity.ERROR).stream()
                .sorted(Comparator.comparing((KnowledgeBuilderResult e) -> fileOf(e.getResource()))
                        .thenComparingInt(RuleSetLoader::lineOf))
                .toList();
        if (!errors.isEmpty()) {
            errors.forEach(e -> problems.add(fileOf(e.getResource()) + ":" + lineOf(e) + ": " + oneLine(e.getMessage())));
            return null;
        }
        return builder;
    }

    private static KieBase kieBase(KnowledgeBuilderImpl builder) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static String fileOf(Resource resource) {
        return resource == null || resource.getSourcePath() == null ? "?" : resource.getSourcePath();
    }

    private static int lineOf(KnowledgeBuilderResult result) {
        int[] lines = result.getLines();
        return lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
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
            return fileOf(impl.getResource());
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
