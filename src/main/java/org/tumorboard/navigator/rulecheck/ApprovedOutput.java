package org.tumorboard.navigator.rulecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tumorboard.navigator.diff.Diff;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.StrictJson;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The approved output of the scenarios (golden master): for each scenario, the rule ids of every consideration in
 * output order, in {@code rules/approved-output.yaml}. {@code verify --approve} writes it; {@code verify} reports
 * each scenario whose output differs as a diff, so an unintended change in any consideration is caught, not only
 * in the rules a scenario lists.
 */
public final class ApprovedOutput {

    public static final String FILE = "approved-output.yaml";

    /** The one strict reader's settings: a duplicated key (a bad merge) or a value of the wrong kind is refused. */
    private static final YAMLMapper YAML = StrictJson.yaml();
    private static final YAMLMapper WRITER = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES).enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR).build();
    private static final String HEADER = "# Approved output of every scenario (consideration rule ids in output order).\n"
            + "# Written by `java -jar target/tumor-board.jar verify --approve`; review its diff like code.\n";

    private ApprovedOutput() {
    }

    /** Each scenario's output now: consideration rule ids in output order. */
    static Map<String, List<String>> current(RuleEngine engine, List<Scenario> scenarios) {
        Map<String, List<String>> output = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            output.put(s.name(), engine.evaluate(s.caseFacts()).considerations().stream().map(Consideration::ruleId).toList());
        }
        return output;
    }

    /** Writes the approved output of every scenario; returns how many. */
    public static int approve(RuleEngine engine, List<Scenario> scenarios) {
        String yaml = HEADER + WRITER.writeValueAsString(current(engine, scenarios));
        try {
            Files.writeString(engine.ruleSet().directory().resolve(FILE), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scenarios.size();
    }

    /** One line per scenario whose output differs from the approved one; none if there is no approved output. */
    public static List<String> differences(RuleEngine engine, List<Scenario> scenarios) {
        Path file = engine.ruleSet().directory().resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, List<String>> approved;
        List<String> problems = new ArrayList<>();
        try {
            approved = YAML.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, List<String>>>() { });
        } catch (JacksonException e) {
            return List.of(FILE + ":" + StrictJson.describe(e, StrictJson.keyLines(YAML, file.toFile())));
        }
        if (approved == null) {
            approved = new LinkedHashMap<>();
        }
        Map<String, List<String>> remaining = approved;
        current(engine, scenarios).forEach((name, ids) -> {
            String where = ScenarioLoader.DIRECTORY + "/" + name + ".yaml: ";
            List<String> was = remaining.remove(name);
            if (was == null) {
                problems.add(where + "no approved output in " + FILE + " (run verify --approve and review the diff)");
            } else if (!was.equals(ids)) {
                problems.add(where + "output differs from " + FILE + ": " + diff(was, ids));
            }
        });
        remaining.keySet().forEach(name -> problems.add(FILE + ": approved output for " + name + ", which is no scenario"));
        return problems;
    }

    /** A shortest edit from one id list to the other, as {@code -REMOVED +ADDED} entries in order. */
    static String diff(List<String> a, List<String> b) {
        return Diff.between(a, b).stream().filter(Diff.Part::changed)
                .map(p -> p.change().marker() + p.value()).collect(Collectors.joining(" "));
    }
}
