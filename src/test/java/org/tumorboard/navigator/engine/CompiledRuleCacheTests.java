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

    /** Loads, returning how many compilations it took (0: read from the cache). */
    private static long compilations(Path rules, CompiledRuleCache cache, RuleSet[] loaded) {
        long before = RuleSetLoader.builds();
        loaded[0] = RuleSetLoader.load(rules, cache);
        return RuleSetLoader.builds() - before;
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.toList();
        }
    }

    @Test
    void unchangedRuleFilesAreReadFromTheCacheAndGiveTheSameRuleSetAndEvaluations() throws IOException {
        Path rules = rules();
        RuleSet[] first = new RuleSet[1];
        RuleSet[] second = new RuleSet[1];
        assertThat(compilations(rules, cache(), first)).isEqualTo(1);
        assertThat(cacheFiles()).hasSize(1);
        assertThat(compilations(rules, cache(), second)).as("the second load reads the cache").isZero();

        assertThat(second[0].version()).isEqualTo(first[0].version());
        assertThat(second[0].rules()).isEqualTo(first[0].rules());
        assertThat(List.copyOf(second[0].conditions().all())).isEqualTo(List.copyOf(first[0].conditions().all()));
        RuleEngine compiled = new RuleEngine(first[0]);
        RuleEngine read = new RuleEngine(second[0]);
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
        RuleSet[] loaded = new RuleSet[1];
        compilations(rules, cache(), loaded);
        List<Path> old = cacheFiles();
        RuleSetCopies.replace(rules, "ire-selection.drl", "tumorSizeCm > 4.0", "tumorSizeCm > 5.0");

        assertThat(compilations(rules, cache(), loaded)).isEqualTo(1);
        assertThat(loaded[0].rules()).anyMatch(r -> r.drl() != null && r.drl().contains("tumorSizeCm > 5.0"));
        assertThat(cacheFiles()).hasSize(1).doesNotContainAnyElementsOf(old);
        assertThat(compilations(rules, cache(), loaded)).isZero();
    }

    @Test
    void aDamagedFileIsCompiledAgainAndWrittenWhole() throws IOException {
        Path rules = rules();
        RuleSet[] loaded = new RuleSet[1];
        compilations(rules, cache(), loaded);
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));   // as if the write had been cut short

        assertThat(compilations(rules, cache(), loaded)).isEqualTo(1);
        assertThat(loaded[0].rules()).hasSizeGreaterThan(100);
        assertThat(Files.size(file)).isEqualTo(bytes.length);
        assertThat(compilations(rules, cache(), loaded)).isZero();
    }

    @Test
    void aChangedImportedClassMakesTheFileStale() throws Exception {
        Path rules = rules();
        RuleSet[] loaded = new RuleSet[1];
        compilations(rules, cache(), loaded);
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        String hash = classFileHash(CaseFacts.class);
        int at = indexOf(bytes, hash.getBytes(StandardCharsets.US_ASCII));
        assertThat(at).as("the file records the hash of CaseFacts, which the rules import").isNotNegative();
        Arrays.fill(bytes, at, at + hash.length(), (byte) '0');   // as if CaseFacts had changed since
        Files.write(file, bytes);

        assertThat(compilations(rules, cache(), loaded)).isEqualTo(1);
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

        RuleSet[] loaded = new RuleSet[1];
        assertThat(compilations(rules, cache, loaded)).isEqualTo(1);
        assertThat(Gadget.deserialized).as("the foreign class is refused before it is made").isFalse();
        assertThat(compilations(rules, cache, loaded)).as("and the file is written again").isZero();
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyMeansCompilingAtEveryLoad() throws IOException {
        Path rules = RuleSetCopies.copy(TestRuleSets.STARTER, temp.resolve("rules"));
        Path notADirectory = Files.writeString(temp.resolve("cache"), "a file where the cache directory would be");
        RuleSet[] loaded = new RuleSet[1];
        assertThat(compilations(rules, new CompiledRuleCache(notADirectory), loaded)).isEqualTo(1);
        assertThat(compilations(rules, new CompiledRuleCache(notADirectory), loaded)).isEqualTo(1);
        assertThat(loaded[0].rules()).isNotEmpty();
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
