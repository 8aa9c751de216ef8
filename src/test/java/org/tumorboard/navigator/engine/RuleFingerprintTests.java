package org.tumorboard.navigator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tumorboard.navigator.TestRuleSets;

/**
 * A rule's fingerprint covers what a reviewer reads, the rule's own DRL text and the catalogue entries it cites or
 * lists, and nothing else: it survives restarts and edits elsewhere, and changes with any edit of those.
 */
class RuleFingerprintTests {

    static final Set<String> ALL = Set.of("DERIVED-LOCALLY-ADVANCED", "IRE-PACEMAKER", "IRE-PACEMAKER-UNKNOWN",
            "IRE-METAL-STENT");

    static Map<String, String> fingerprints(Path dir) {
        RuleSet ruleSet = RuleSetLoader.load(dir);
        return ruleSet.rules().stream().collect(Collectors.toMap(RuleInfo::id,
                r -> ruleSet.fingerprint(r.id()).orElseThrow()));
    }

    @Test
    void fingerprintsAreTheSameOnEveryLoadAndInAnyDirectory(@TempDir Path copy) {
        Map<String, String> first = fingerprints(TestRuleSets.STARTER);
        assertThat(first).containsOnlyKeys(ALL).allSatisfy((id, fp) -> assertThat(fp).matches("[0-9a-f]{64}"));
        assertThat(Set.copyOf(first.values())).hasSize(ALL.size());
        assertThat(fingerprints(TestRuleSets.STARTER)).isEqualTo(first);
        assertThat(fingerprints(TestRuleSets.starterCopy(copy, Map.of()))).isEqualTo(first);
        assertThat(RuleSetLoader.load(TestRuleSets.STARTER).fingerprint("NO-SUCH-RULE")).isEmpty();
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("the rule's explanation", "ire-devices.drl",
                        "because of the risk of arrhythmia.", "because of a risk of arrhythmia.",
                        Set.of("IRE-PACEMAKER")),
                Arguments.of("the rule's condition", "ire-devices.drl",
                        "CaseFacts( metalBiliaryStent == true )", "CaseFacts( metalBiliaryStent != false )",
                        Set.of("IRE-METAL-STENT")),
                Arguments.of("a comment inside the rule", "derived.drl",
                        "then\n    insertLogical(new LocallyAdvanced());", "then // derived\n    insertLogical(new LocallyAdvanced());",
                        Set.of("DERIVED-LOCALLY-ADVANCED")),
                Arguments.of("a cited reference shared by two rules", "literature.yaml",
                        "Cited for the statement that patients", "Cited for the statement that some patients",
                        Set.of("IRE-PACEMAKER", "IRE-PACEMAKER-UNKNOWN")),
                Arguments.of("a cited reference's author", "literature.yaml",
                        "firstAuthor: Martin", "firstAuthor: Martins", Set.of("IRE-METAL-STENT")),
                Arguments.of("the review, cited as the authors' own statement", "literature.yaml",
                        "doi: 10.3748/wjg.v27.i27.4322", "doi: 10.3748/wjg.v27.i27.4323",
                        Set.of("IRE-METAL-STENT", "DERIVED-LOCALLY-ADVANCED")),
                Arguments.of("a listed trial", "trials.yaml", "patients: 30", "patients: 31", Set.of("IRE-PACEMAKER")),
                Arguments.of("lines above every rule (only line numbers move)", "ire-devices.drl",
                        "import org.tumorboard.navigator.drools.Conclusion;\n",
                        "import org.tumorboard.navigator.drools.Conclusion;\n\n// A comment between rules.\n\n",
                        Set.of()),
                Arguments.of("the order of the catalogue's entries", "literature.yaml",
                        "references:\n", "references:\n  - ref: 67\n    firstAuthor: Martin\n    modalities: [IRE]\n"
                                + "    summary: Martin et al strongly recommend removal of metal biliary stents before IRE procedures.\n",
                        Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditChangesTheFingerprintsOfTheRulesThatShowItAndNoOthers(String what, String file, String from, String to,
                                                                     Set<String> changed, @TempDir Path dir)
            throws IOException {
        Map<String, String> before = fingerprints(TestRuleSets.STARTER);
        String text = Files.readString(TestRuleSets.STARTER.resolve(file));
        assertThat(text).as("the edit applies to " + file).contains(from);
        String edited = text.replace(from, to);
        if (what.startsWith("the order")) {
            edited = edited.substring(0, edited.lastIndexOf("  - ref: 67\n"));
        }
        Map<String, String> after = fingerprints(TestRuleSets.starterCopy(dir, Map.of(file, edited)));
        Set<String> differ = ALL.stream().filter(id -> !before.get(id).equals(after.get(id))).collect(Collectors.toSet());
        assertThat(differ).as(what).isEqualTo(changed);
    }
}
