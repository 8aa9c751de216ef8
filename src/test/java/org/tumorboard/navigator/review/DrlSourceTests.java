package org.tumorboard.navigator.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleInfo;

class DrlSourceTests {

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
        assertThat(DrlSource.extract(FILE, 3)).contains(
                "rule \"First\"\nwhen\n    Foo( bar == \"end\" )\nthen\nend");
        assertThat(DrlSource.extract(FILE, 9)).contains("rule \"Second\"\nwhen then\n  end");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 12, 100})
    void aLineOutsideTheFileHasNoText(int line) {
        assertThat(DrlSource.extract(FILE, line)).isEmpty();
    }

    @Test
    void aRuleWithoutEndHasNoText() {
        assertThat(DrlSource.extract(List.of("rule \"x\"", "when", "then"), 1)).isEmpty();
    }

    @Test
    void everyStarterRuleHasItsOwnText() {
        var ruleSet = TestRuleSets.starterEngine().ruleSet();
        DrlSource source = DrlSource.of(ruleSet);
        for (RuleInfo rule : ruleSet.rules()) {
            assertThat(source.text(rule.id())).as(rule.id()).hasValueSatisfying(text -> {
                assertThat(text).startsWith("rule \"" + rule.title() + "\"").endsWith("end")
                        .contains("@id(\"" + rule.id() + "\")");
                assertThat(text.split("\nrule ")).hasSize(1);
            });
        }
        assertThat(source.text("NO-SUCH-RULE")).isEmpty();
    }
}
