package org.tumorboard.navigator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;
import tools.jackson.databind.json.JsonMapper;
import untrusted.Gadget;

/**
 * The compiled-rule cache: a second load of unchanged rule files reads what the first compiled, and gives the same
 * rule set and evaluations; anything else (a changed rule file or imported class, a damaged or foreign file, a
 * directory that cannot be written) means compiling as without a cache. (The byte-identity of cached evaluations on
 * the generated case library is in {@code EvaluationIdentityTests}.)
 */
class CompiledRuleCacheTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private Path rules() {
        return RuleSetCopies.copy(TestRuleSets.REAL, temp.resolve("rules"));
    }

    private CompiledRuleCache cache() {
        return new CompiledRuleCache(temp.resolve("cache"));
    }

    /** A rule set loaded with a cache, and how many compilations that took (0: it was read from the cache). */
    private record Load(RuleSet ruleSet, long compilations) {
    }

    private static Load load(Path rules, CompiledRuleCache cache) {
        long before = RuleSetLoader.builds();
        RuleSet ruleSet = RuleSetLoader.load(rules, cache);
        return new Load(ruleSet, RuleSetLoader.builds() - before);
    }

    /** Loads the rules once, so that the cache holds them, and returns the cache's one file. */
    private Path cachedOnce(Path rules) throws IOException {
        load(rules, cache());
        return cacheFiles().get(0);
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.toList();
        }
    }

    @Test
    void unchangedRuleFilesAreReadFromTheCacheAndGiveTheSameRuleSetAndEvaluations() throws IOException {
        Path rules = rules();
        Load first = load(rules, cache());
        assertThat(first.compilations()).isEqualTo(1);
        assertThat(cacheFiles()).hasSize(1);
        Load second = load(rules, cache());
        assertThat(second.compilations()).as("the second load reads the cache").isZero();

        assertThat(second.ruleSet().version()).isEqualTo(first.ruleSet().version());
        assertThat(second.ruleSet().rules()).isEqualTo(first.ruleSet().rules());
        assertThat(List.copyOf(second.ruleSet().conditions().all()))
                .isEqualTo(List.copyOf(first.ruleSet().conditions().all()));
        RuleEngine compiled = new RuleEngine(first.ruleSet());
        RuleEngine read = new RuleEngine(second.ruleSet());
        List<CaseFacts> cases = new ScenarioLoader(CaseReader.withDefaultValidator()).load(rules, new ArrayList<>())
                .stream().map(Scenario::caseFacts).toList();
        assertThat(cases).hasSizeGreaterThan(20);
        for (CaseFacts facts : cases) {
            assertThat(JSON.writeValueAsString(read.evaluate(facts))).isEqualTo(JSON.writeValueAsString(compiled.evaluate(facts)));
        }
    }

    @Test
    void aChangedRuleFileIsCompiledAgainAndItsFileReplacesTheOldOne() throws IOException {
        Path rules = rules();
        Path old = cachedOnce(rules);
        RuleSetCopies.replace(rules, "ire-selection.drl", "tumorSizeCm > 4.0", "tumorSizeCm > 5.0");

        Load changed = load(rules, cache());
        assertThat(changed.compilations()).isEqualTo(1);
        assertThat(changed.ruleSet().rules()).anyMatch(r -> r.drl() != null && r.drl().contains("tumorSizeCm > 5.0"));
        assertThat(cacheFiles()).hasSize(1).doesNotContain(old);
        assertThat(load(rules, cache()).compilations()).isZero();
    }

    @Test
    void aDamagedFileIsCompiledAgainAndWrittenWholeAndHalfWrittenOnesAreRemoved() throws IOException {
        Path rules = rules();
        Path file = cachedOnce(rules);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));   // as if the file had been damaged
        Path halfWritten = Files.write(file.resolveSibling("writing-1.tmp"), Arrays.copyOf(bytes, 10));   // a killed write

        Load again = load(rules, cache());
        assertThat(again.compilations()).isEqualTo(1);
        assertThat(again.ruleSet().rules()).hasSizeGreaterThan(100);
        assertThat(Files.size(file)).isEqualTo(bytes.length);
        assertThat(halfWritten).doesNotExist();
        assertThat(load(rules, cache()).compilations()).isZero();
    }

    @Test
    void aChangedImportedClassMakesTheFileStale() throws Exception {
        Path rules = rules();
        Path file = cachedOnce(rules);
        byte[] bytes = Files.readAllBytes(file);
        String hash = classFileHash(CaseFacts.class);
        int at = indexOf(bytes, hash.getBytes(StandardCharsets.US_ASCII));
        assertThat(at).as("the file records the hash of CaseFacts, which the rules import").isNotNegative();
        Arrays.fill(bytes, at, at + hash.length(), (byte) '0');   // as if CaseFacts had changed since
        Files.write(file, bytes);

        assertThat(load(rules, cache()).compilations()).isEqualTo(1);
        assertThat(CompiledRuleCache.stale(Map.of(CaseFacts.class.getName(), hash))).isNull();
        assertThat(CompiledRuleCache.stale(Map.of(CaseFacts.class.getName(), "0".repeat(64))))
                .isEqualTo(CaseFacts.class.getName());
    }

    @Test
    void aFileHoldingClassesOutsideTheAllowedPackagesIsRefusedUnread() throws IOException {
        Path rules = rules();
        CompiledRuleCache cache = cache();
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> drls = Files.list(rules)) {
            for (Path drl : drls.filter(p -> p.toString().endsWith(".drl")).toList()) {
                sources.put(drl.getFileName().toString(), Files.readString(drl));
            }
        }
        Path file = cache.fileFor(sources);
        Files.createDirectories(file.getParent());
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(Files.newOutputStream(file))) {
            out.writeInt(1);
            out.writeObject(new TreeMap<>(Map.of("dependency", new Gadget())));
        }
        Gadget.deserialized = false;

        assertThat(load(rules, cache).compilations()).isEqualTo(1);
        assertThat(Gadget.deserialized).as("the foreign class is refused before it is made").isFalse();
        assertThat(load(rules, cache).compilations()).as("and the file is written again").isZero();
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyMeansCompilingAtEveryLoad() throws IOException {
        Path rules = RuleSetCopies.copy(TestRuleSets.STARTER, temp.resolve("rules"));
        Path notADirectory = Files.writeString(temp.resolve("cache"), "a file where the cache directory would be");
        assertThat(load(rules, new CompiledRuleCache(notADirectory)).compilations()).isEqualTo(1);
        Load again = load(rules, new CompiledRuleCache(notADirectory));
        assertThat(again.compilations()).isEqualTo(1);
        assertThat(again.ruleSet().rules()).isNotEmpty();
        assertThat(Files.readString(notADirectory)).startsWith("a file");
    }

    private static String classFileHash(Class<?> type) throws Exception {
        try (InputStream in = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
