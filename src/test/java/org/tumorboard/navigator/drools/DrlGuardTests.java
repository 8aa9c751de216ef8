package org.tumorboard.navigator.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.engine.RuleSetLoader;

/**
 * The loader's guard rails: a rule file that orchestrates rules, does anything in a consequence but insert its
 * conclusion, reads anything but the case's fields, or keeps an unused import is refused, naming file and line.
 */
class DrlGuardTests {

    @TempDir
    Path dir;

    /** A rule file: {@code extra} on line 5, after the imports; then one rule (line 7) whose parts are given. */
    private static String file(String extra, String attributes, String when, String then) {
        return TestRuleSets.HEADER.stripTrailing() + "\n" + extra + "\n\n"
                + "rule \"Surgical clips\"\n"
                + "    @id(\"IRE-CLIPS\") @modality(\"IRE\") @kind(\"CAUTION\") @refs(\"40\") @explanation(\"x\") @passage(\"y\")\n"
                + attributes + "\n"
                + "when\n"
                + "    " + when + "\n"
                + "then\n"
                + "    " + then + "\n"
                + "end\n";
    }

    private String refused(String text) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetLoader.load(TestRuleSets.starterCopy(dir, Map.of("clips.drl", text))));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private static final String WHEN = "CaseFacts( surgicalClips == true )";
    private static final String THEN = "insertLogical(Conclusion.of(drools));";

    @Test
    void theRuleAsWrittenLoads() {
        assertThat(RuleSetLoader.load(TestRuleSets.starterCopy(dir, Map.of("clips.drl", file("", "", WHEN, THEN))))
                .rule("IRE-CLIPS")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "salience 100 | salience",
            "agenda-group \"first\" | agenda-group",
            "activation-group \"one\" | activation-group",
            "no-loop true | no-loop",
            "lock-on-active true | lock-on-active",
            "ruleflow-group \"flow\" | ruleflow-group",
            "auto-focus true | auto-focus",
            "dialect \"java\" | dialect",
            "enabled false | enabled",
    })
    void anAttributeIsRefusedAtItsLine(String attribute, String name) {
        assertThat(refused(file("", "    " + attribute, WHEN, THEN)))
                .startsWith("clips.drl:9: rule \"Surgical clips\": the attribute \"" + name + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "insert(Conclusion.of(drools));",
            "insertLogical(Conclusion.of(drools)); insertLogical(Conclusion.of(drools));",
            "System.setProperty(\"tumorboard\", \"x\"); insertLogical(Conclusion.of(drools));",
            "if (true) { insertLogical(Conclusion.of(drools)); }",
            "insertLogical(true ? Conclusion.of(drools) : null);",
            "insertLogical(new LocallyAdvanced()); insertLogical(Conclusion.of(drools));",
    })
    void aConsequenceThatDoesMoreThanInsertItsConclusionIsRefused(String consequence) {
        assertThat(refused(file("", "", WHEN, consequence))).startsWith("clips.drl:13: rule \"Surgical clips\": "
                + "the consequence is exactly insertLogical(Conclusion.of(drools));");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "eval(true) ;; CaseFacts( surgicalClips == true ) | \"eval\" is not used",
            "CaseFacts( surgicalClips == true ) or CaseFacts( pacemaker == true ) | \"or\" is not used",
            "exists CaseFacts( surgicalClips == true ) | \"exists\" is not used",
            "$c : CaseFacts( surgicalClips == true ) | binds a variable",
            "CaseFacts( $clips : surgicalClips, surgicalClips == true ) | binds a variable",
            "CaseFacts() from \"x\" | uses \"from\"",
            "Integer() ;; CaseFacts( surgicalClips == true ) | neither the case (CaseFacts) nor a fact type the rule set declares",
            "CaseFacts( System.getProperty(\"x\") == null ) | is not a comparison of a CaseFacts field with a value",
            "CaseFacts( pacemaker == surgicalClips ) | is not a comparison of a CaseFacts field with a value",
    })
    void aConditionThatIsNotAPatternOfTheCaseComparingFieldsWithValuesIsRefused(String when, String message) {
        assertThat(refused(file("", "", when.replace(" ;; ", "\n    "), THEN))).startsWith("clips.drl:11: rule \"Surgical clips\": ")
                .contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "global java.util.List out; | clips.drl:5: global out",
            "function int one() { return 1; } | clips.drl:5: function one",
            "import java.util.Map; | clips.drl:5: import java.util.Map is not used",
            "import function java.lang.Math.max; | clips.drl:5: import function java.lang.Math.max",
            "query \"all\" CaseFacts() end | clips.drl:5: query \"all\"",
    })
    void aGlobalFunctionQueryOrUnusedImportIsRefused(String extra, String problem) {
        assertThat(refused(file(extra, "", WHEN, THEN))).startsWith(problem);
    }

    @Test
    void aDerivationInsertsOnlyADeclaredFactType() {
        String derivation = file("", "    @derived", WHEN, "insertLogical(new Undeclared());")
                .replace(" @modality(\"IRE\") @kind(\"CAUTION\")", "").replace(" @explanation(\"x\")", "")
                .replace("import org.tumorboard.navigator.drools.Conclusion;", "");
        assertThat(refused(derivation)).startsWith("clips.drl:13: rule \"Surgical clips\": inserts Undeclared, "
                + "which the rule set does not declare");
    }
}
