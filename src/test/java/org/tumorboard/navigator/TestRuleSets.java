package org.tumorboard.navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetLoader;

/** The rule sets the tests use: the small starter set under src/test/resources, the real one under rules/. */
public final class TestRuleSets {

    public static final Path STARTER = Path.of("src/test/resources/rulesets/starter");
    public static final Path REAL = Path.of(RuleSetLoader.DEFAULT_DIRECTORY);

    /** The first lines of a rule file written by a test: its rules start on line 6. */
    public static final String HEADER = """
            package org.tumorboard.rules;

            import org.tumorboard.navigator.intake.CaseFacts;
            import org.tumorboard.navigator.drools.Conclusion;

            """;

    /**
     * A rule file with numeric thresholds, for tests of what is read from them (values tried, why not), so that no
     * test depends on a threshold of the shipped rules: a caution over 4 cm and a note from 65 years.
     */
    public static final String SIZE_RULES = HEADER + """
            rule "Tumours over 4 cm"
                @id("SIZE-OVER-4CM") @modality("IRE") @kind("CAUTION") @refs("40") @explanation("x") @passage("y")
            when
                LocallyAdvanced()
                CaseFacts( tumorSizeCm > 4.0 )
            then
                insertLogical(Conclusion.of(drools));
            end

            rule "Patients from 65"
                @id("AGE-FROM-65") @modality("IRE") @kind("NOTE") @refs("40") @explanation("x") @passage("y")
            when
                CaseFacts( age >= 65 )
            then
                insertLogical(Conclusion.of(drools));
            end
            """;

    private static RuleEngine starterEngine;

    private TestRuleSets() {
    }

    /** One engine over the starter rules, shared by the tests that only read from it. */
    public static synchronized RuleEngine starterEngine() {
        if (starterEngine == null) {
            starterEngine = RuleEngine.load(STARTER);
        }
        return starterEngine;
    }

    /** A copy of the starter rule set with the {@link #SIZE_RULES} as {@code size.drl}, in {@code dir}. */
    public static Path sizedCopy(Path dir) {
        return starterCopy(dir, Map.of("size.drl", SIZE_RULES));
    }

    /** A copy of the starter rule set in {@code dir}, with {@code overrides} (relative path to content) applied. */
    public static Path starterCopy(Path dir, Map<String, String> overrides) {
        try (Stream<Path> files = Files.walk(STARTER)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(STARTER.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            for (Map.Entry<String, String> entry : overrides.entrySet()) {
                Path target = dir.resolve(entry.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, entry.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
