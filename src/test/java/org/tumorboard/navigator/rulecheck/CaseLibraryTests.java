package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.Stage;
import tools.jackson.databind.json.JsonMapper;

class CaseLibraryTests {

    private static final CaseReader READER = CaseReader.withDefaultValidator();
    private static RuleSet real;
    private static CaseSpace space;

    @BeforeAll
    static void load() {
        real = RuleSetLoader.load(TestRuleSets.REAL);
        space = CaseSpace.of(real);
    }

    @Test
    void representativeValuesComeFromTheCompiledThresholdsEnumsAndRanges(@TempDir Path dir) {
        CaseSpace sized = CaseSpace.of(RuleSetLoader.load(TestRuleSets.sizedCopy(dir)));
        assertThat(sized.values("tumorSizeCm")).containsExactly(null, 0.1, 3.9, 4.0, 4.1, 25.0);
        assertThat(sized.values("age")).containsExactly(null, 18, 64, 65, 66, 100);
        assertThat(sized.values("pacemaker")).containsExactly(null, true, false);
        assertThat(sized.values("stage")).containsExactly((Object[]) Stage.values());
        assertThat(sized.fields()).containsExactly("stage", "age", "tumorSizeCm", "pacemaker", "metalBiliaryStent");
    }

    @Test
    void coversEveryCombinationOfTheFieldsOfEachRule() {
        List<CaseFacts> cases = CaseLibrary.generate(space, READER).cases();
        for (List<String> group : space.groups()) {
            Set<List<Object>> seen = cases.stream()
                    .map(c -> group.stream().map(f -> (Object) CaseField.valueOf(c, f)).collect(Collectors.toList()))
                    .collect(Collectors.toSet());
            assertThat(seen).as(group.toString()).hasSize(consistentCombinations(group));
        }
        for (String rule : List.of("DERIVED-LOCALLY-ADVANCED", "GENERAL-LAPC-ABLATION-OPTIONS")) {
            if (real.rule(rule).isPresent()) {
                assertThat(space.groups()).contains(real.conditions().fields(rule).stream().sorted().toList());
            }
        }
        assertThat(space.groups()).isNotEmpty();
    }

    /** How many combinations of the group's values do not contradict themselves (the others unknown). */
    private int consistentCombinations(List<String> group) {
        List<Map<String, Object>> all = new java.util.ArrayList<>(List.of(Map.of()));
        for (String field : group) {
            List<Map<String, Object>> next = new java.util.ArrayList<>();
            for (Map<String, Object> partial : all) {
                for (Object value : space.values(field)) {
                    Map<String, Object> more = new java.util.HashMap<>(partial);
                    more.put(field, value);
                    next.add(more);
                }
            }
            all = next;
        }
        return (int) all.stream().filter(combination -> {
            org.tumorboard.navigator.intake.Cases builder = org.tumorboard.navigator.intake.Cases.metastatic();
            combination.forEach(builder::with);
            try {
                READER.validate(builder.build());
                return true;
            } catch (org.tumorboard.navigator.intake.InvalidCaseException e) {
                return e.problems().stream().noneMatch(org.tumorboard.navigator.intake.FieldProblem::contradiction);
            }
        }).count();
    }

    @Test
    void isDeterministicForASeedAndDiffersForAnother() {
        assertThat(CaseLibrary.generate(space, READER).cases()).isEqualTo(CaseLibrary.generate(space, READER).cases());
        assertThat(CaseLibrary.generate(space, READER, 1, List.of()).cases())
                .isNotEqualTo(CaseLibrary.generate(space, READER).cases());
    }

    @Test
    void everyCaseReadsBackThroughTheStrictReaderAsCaseJson() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        for (CaseFacts facts : CaseLibrary.generate(space, READER).cases()) {
            assertThat(READER.read(json.writeValueAsBytes(facts))).isEqualTo(facts);
        }
    }

    @Test
    void exhaustiveEnumeratesAChosenSetOfFieldsFully() {
        List<String> fields = List.of("pacemaker", "ca199", "age");
        List<CaseFacts> cases = CaseLibrary.generate(space, READER, CaseLibrary.DEFAULT_SEED, fields).cases();
        Set<List<Object>> seen = cases.stream().map(c -> fields.stream().map(f -> CaseField.valueOf(c, f)).toList())
                .collect(Collectors.toSet());
        assertThat(seen).hasSize(3 * 6 * 6);
        assertThat(cases.size()).isGreaterThan(CaseLibrary.generate(space, READER).size());
        assertThatThrownBy(() -> CaseLibrary.generate(space, READER, 1, List.of("pacemker")))
                .hasMessageContaining("pacemker").hasMessageContaining("pacemaker");
        assertThat(Map.of("a", CaseLibrary.fieldList(" a, b ,,c"))).containsEntry("a", List.of("a", "b", "c"));
    }
}
