package org.tumorboard.navigator.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.Stage;

/** The values tried for a field: around each threshold a rule compares it with, within the field's range. */
class RepresentativesTests {

    /** Conditions of one rule comparing fields with these literals. */
    private static Conditions comparing(Condition... comparisons) {
        List<PatternCondition.Constraint> constraints = java.util.Arrays.stream(comparisons)
                .map(c -> new PatternCondition.Constraint(c.toString(), c)).toList();
        return new Conditions(List.of(new RuleConditions("R",
                List.of(new PatternCondition("CaseFacts", false, false, constraints, Set.of())), Set.of())));
    }

    private static CaseField field(String name) {
        return CaseField.named(name).orElseThrow();
    }

    @Test
    void aThresholdIsTriedAtAndOneStepInItsSecondSignificantDigitEitherSideWithTheRangeEnds() {
        Conditions conditions = comparing(new Condition.Comparison("ca199", Operator.GREATER, 2000.0),
                new Condition.Comparison("tumorSizeCm", Operator.GREATER, 4.0),
                new Condition.Comparison("neutrophilLymphocyteRatio", Operator.GREATER, 2.5));
        assertThat(Representatives.of(field("ca199"), conditions))
                .containsExactly(null, 0.0, 1900.0, 2000.0, 2100.0, 1000000.0);
        assertThat(Representatives.of(field("tumorSizeCm"), conditions)).containsExactly(null, 0.1, 3.9, 4.0, 4.1, 25.0);
        assertThat(Representatives.of(field("neutrophilLymphocyteRatio"), conditions))
                .containsExactly(null, 0.0, 2.4, 2.5, 2.6, 100.0);
    }

    @Test
    void wholeNumbersStepByOneAtLeastAndStayInRange() {
        Conditions conditions = comparing(new Condition.Comparison("liverLesionCount", Operator.LESS_OR_EQUAL, 3),
                new Condition.Comparison("age", Operator.GREATER_OR_EQUAL, 18));
        assertThat(Representatives.of(field("liverLesionCount"), conditions)).containsExactly(null, 0, 2, 3, 4, 100);
        assertThat(Representatives.of(field("age"), conditions)).containsExactly(null, 18, 19, 100);
    }

    @Test
    void answersAndChoicesAreEveryValueAndARequiredFieldIsNeverUnknown() {
        Conditions conditions = comparing(new Condition.Comparison("pacemaker", Operator.EQUAL, true),
                new Condition.Comparison("stage", Operator.EQUAL, Stage.METASTATIC));
        assertThat(Representatives.of(field("pacemaker"), conditions)).containsExactly(null, true, false);
        assertThat(Representatives.of(field("stage"), conditions)).containsExactly((Object[]) Stage.values());
        assertThat(Representatives.of(conditions)).containsOnlyKeys(field("stage"), field("pacemaker"));
    }
}
