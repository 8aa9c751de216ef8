package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.catalogue.Modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.TestRuleSets;

class RuleSetLoaderTests {

    @TempDir
    Path dir;

    private static final String HEADER = TestRuleSets.HEADER;

    /** A consideration rule whose metadata lines are given. */
    private static String rule(String name, String metadata) {
        return HEADER + "rule \"" + name + "\"\n" + metadata + "\nwhen\n    CaseFacts( surgicalClips == true )\n"
                + "then\n    insertLogical(Conclusion.of(drools));\nend\n";
    }

    private static final String COMPLETE = """
                @id("IRE-CLIPS") @modality("IRE") @kind("CAUTION") @refs("review")
                @explanation("The review reports that surgical clips may also contraindicate IRE.")
                @passage("Metal stents and surgical clips may also contraindicate IRE.")""";

    private RuleSetException loadFails(Map<String, String> files) {
        Path rules = TestRuleSets.starterCopy(dir, files);
        return org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class, () -> RuleSetLoader.load(rules));
    }

    @Test
    void describesEveryRuleWithItsMetadataInFileOrder() {
        RuleSet ruleSet = RuleSetLoader.load(TestRuleSets.STARTER);
        assertThat(ruleSet.rules()).extracting(RuleInfo::id).containsExactly(
                "DERIVED-LOCALLY-ADVANCED", "IRE-PACEMAKER", "IRE-PACEMAKER-UNKNOWN", "IRE-METAL-STENT");
        RuleInfo pacemaker = ruleSet.rule("IRE-PACEMAKER").orElseThrow();
        assertThat(pacemaker.title()).isEqualTo("The review reports that patients with pacemakers may not be candidates for IRE");
        assertThat(pacemaker.modality()).isEqualTo(Modality.IRE);
        assertThat(pacemaker.kind()).isEqualTo(Kind.CAUTION);
        assertThat(pacemaker.citations()).containsExactly(new Citation(40, "Review, ref. 40"));
        assertThat(pacemaker.passage()).contains("Patients with pacemakers may not be a candidate for IRE");
        assertThat(pacemaker.trials()).containsExactly("NCT03614910");
        assertThat(pacemaker.file()).isEqualTo("ire-devices.drl");
        assertThat(pacemaker.line()).isEqualTo(6);
        assertThat(ruleSet.rule("IRE-METAL-STENT").orElseThrow().citations()).containsExactly(
                new Citation(67, "Review, ref. 67 (Martin et al.)"),
                new Citation(null, "Review authors' own statement (Bibok et al., 2021)"));
        assertThat(ruleSet.rule("DERIVED-LOCALLY-ADVANCED").orElseThrow().derivation()).isTrue();
    }

    @Test
    void aSyntaxErrorStopsTheLoadNamingFileAndLine() throws Exception {
        String broken = HEADER + """
                rule "A rule with a broken condition"
                    @id("BROKEN") @modality("IRE") @kind("NOTE") @refs("40") @explanation("x") @passage("y")
                when
                    CaseFacts( pacemaker == )
                then
                    insertLogical(Conclusion.of(drools));
                end
                """;
        RuleSetException e = loadFails(Map.of("broken.drl", broken));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("broken.drl:9:"));
    }

    @Test
    void aTypeErrorInAConditionNamesFileAndLine() {
        String wrongField = HEADER + """
                rule "A rule naming a field the case does not have"
                    @id("NO-SUCH-FIELD") @modality("IRE") @kind("NOTE") @refs("40") @explanation("x") @passage("y")
                when
                    CaseFacts( pacemker == true )
                then
                    insertLogical(Conclusion.of(drools));
                end
                """;
        assertThat(loadFails(Map.of("sub/wrong-field.drl", wrongField)).problems())
                .anySatisfy(p -> assertThat(p).startsWith("sub/wrong-field.drl:9:").contains("pacemker"));
    }

    @ParameterizedTest(name = "without @{0}")
    @CsvSource({"id", "modality", "kind", "refs", "explanation", "passage"})
    void aConsiderationRuleLackingMetadataStopsTheLoad(String key) {
        String metadata = COMPLETE.replaceAll("@" + key + "\\(\"[^\"]*\"\\)", "");
        RuleSetException e = loadFails(Map.of("clips.drl", rule("Surgical clips may also contraindicate IRE", metadata)));
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p).startsWith("clips.drl:6:").contains("missing @" + key));
    }

    @Test
    void aRefWithoutACatalogueEntryStopsTheLoad() {
        String metadata = COMPLETE.replace("@refs(\"review\")", "@refs(\"40, 999\")");
        assertThat(loadFails(Map.of("clips.drl", rule("Clips", metadata))).problems()).singleElement()
                .satisfies(p -> assertThat(p).contains("cites 999, which has no entry"));
    }

    @Test
    void anUnknownModalityOrKindStopsTheLoad() {
        String metadata = COMPLETE.replace("@modality(\"IRE\")", "@modality(\"LASER\")").replace("CAUTION", "WARNING");
        assertThat(loadFails(Map.of("clips.drl", rule("Clips", metadata))).problems())
                .anySatisfy(p -> assertThat(p).contains("@modality(\"LASER\") is not one of"))
                .anySatisfy(p -> assertThat(p).contains("@kind(\"WARNING\") is not one of"));
    }

    @Test
    void aRepeatedIdStopsTheLoad() {
        String metadata = COMPLETE.replace("IRE-CLIPS", "IRE-PACEMAKER");
        assertThat(loadFails(Map.of("clips.drl", rule("Clips", metadata))).problems()).singleElement()
                .satisfies(p -> assertThat(p).contains("@id \"IRE-PACEMAKER\" is used by another rule too"));
    }

    @Test
    void aTrialMissingFromTheTrialsFileStopsTheLoad() {
        String metadata = COMPLETE + " @trials(\"NCT99999999\")";
        assertThat(loadFails(Map.of("clips.drl", rule("Clips", metadata))).problems()).singleElement()
                .satisfies(p -> assertThat(p).contains("NCT99999999"));
    }

    @Test
    void aCatalogueWithAnUnknownKeyStopsTheLoad() throws Exception {
        String catalogue = Files.readString(TestRuleSets.STARTER.resolve("literature.yaml"))
                .replace("    modalities: [IRE]\n    summary: Cited", "    modalites: [IRE]\n    summary: Cited");
        assertThat(loadFails(Map.of("literature.yaml", catalogue)).problems()).singleElement()
                .satisfies(p -> assertThat(p).startsWith("literature.yaml:").contains("modalites"));
    }

    @Test
    void theVersionChangesWithAnyFileOfTheRuleSet() throws Exception {
        Path rules = TestRuleSets.starterCopy(dir, Map.of());
        String before = RuleSetLoader.load(rules).version();
        assertThat(RuleSetLoader.load(rules).version()).isEqualTo(before);
        Files.writeString(rules.resolve("scenarios/lapc-pacemaker.yaml"), "\n# a comment\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleSetLoader.load(rules).version()).isNotEqualTo(before).hasSize(12);
    }

    @Test
    void aMissingDirectoryIsAClearProblem() {
        assertThatThrownBy(() -> RuleSetLoader.load(dir.resolve("nowhere")))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("not a directory");
    }
}
