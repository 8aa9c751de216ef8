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
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The approved output of the scenarios (golden master): for each scenario, the rule ids of every consideration in
 * output order, in {@code rules/approved-output.yaml}. {@code verify --approve} writes it; {@code verify} reports
 * each scenario whose output differs as a diff, so an unintended change in any consideration is caught, not only
 * in the rules a scenario lists.
 */
public final class ApprovedOutput {

    public static final String FILE = "approved-output.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

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
        StringBuilder yaml = new StringBuilder("# Approved output of every scenario (consideration rule ids in output order).\n"
                + "# Written by `java -jar target/tumor-board.jar verify --approve`; review its diff like code.\n");
        current(engine, scenarios).forEach((name, ids) -> {
            yaml.append(name).append(":\n");
            ids.forEach(id -> yaml.append("  - ").append(id).append('\n'));
            if (ids.isEmpty()) {
                yaml.setLength(yaml.length() - 1);
                yaml.append(" []\n");
            }
        });
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
        Map<String, List<String>> approved = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            JsonNode tree = YAML.readTree(Files.readString(file));
            if (tree != null && tree.isObject()) {
                for (String name : tree.propertyNames()) {
                    List<String> ids = new ArrayList<>();
                    tree.get(name).forEach(id -> ids.add(id.asString("")));
                    approved.put(name, ids);
                }
            }
        } catch (JacksonException e) {
            return List.of(FILE + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current(engine, scenarios).forEach((name, ids) -> {
            String where = ScenarioLoader.DIRECTORY + "/" + name + ".yaml: ";
            List<String> was = approved.remove(name);
            if (was == null) {
                problems.add(where + "no approved output in " + FILE + " (run verify --approve and review the diff)");
            } else if (!was.equals(ids)) {
                problems.add(where + "output differs from " + FILE + ": " + diff(was, ids));
            }
        });
        approved.keySet().forEach(name -> problems.add(FILE + ": approved output for " + name + ", which is no scenario"));
        return problems;
    }

    /** A shortest edit from one id list to the other, as {@code -REMOVED +ADDED} entries in order. */
    static String diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                edits.add("+" + b.get(j++));
            } else {
                edits.add("-" + a.get(i++));
            }
        }
        return String.join(" ", edits);
    }
}
