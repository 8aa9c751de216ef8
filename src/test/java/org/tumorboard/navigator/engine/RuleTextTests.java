package org.tumorboard.navigator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tumorboard.navigator.TestRuleSets;

class RuleTextTests {

    private static final List<String> FILE = List.of(
            "package x;",
            "",
            "rule \"First\"",
            "when",
            "    Foo( bar == \"end\" )",
            "then",
            "end",
            "",
            "rule \"Second\"",
            "when then",
            "  end  ");

    @Test
    void aRuleRunsFromItsFirstLineToTheFirstEndLine() {
        assertThat(RuleSetLoader.ruleText(FILE, 3)).contains(
                "rule \"First\"\nwhen\n    Foo( bar == \"end\" )\nthen\nend");
        assertThat(RuleSetLoader.ruleText(FILE, 9)).contains("rule \"Second\"\nwhen then\n  end");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 12, 100})
    void aLineOutsideTheFileHasNoText(int line) {
        assertThat(RuleSetLoader.ruleText(FILE, line)).isEmpty();
    }

    @Test
    void aRuleWithoutEndHasNoText() {
        assertThat(RuleSetLoader.ruleText(List.of("rule \"x\"", "when", "then"), 1)).isEmpty();
    }

    @Test
    void everyStarterRuleHasItsOwnText() {
        var ruleSet = TestRuleSets.starterEngine().ruleSet();
        for (RuleInfo rule : ruleSet.rules()) {
            assertThat(java.util.Optional.ofNullable(rule.drl())).as(rule.id()).hasValueSatisfying(text -> {
                assertThat(text).startsWith("rule \"" + rule.title() + "\"").endsWith("end")
                        .contains("@id(\"" + rule.id() + "\")");
                assertThat(text.split("\nrule ")).hasSize(1);
            });
        }
        assertThat(ruleSet.rule("NO-SUCH-RULE")).isEmpty();
    }
}
