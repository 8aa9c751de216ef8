package org.tumorboard.navigator.scenarios;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.intake.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the scenario files under {@code <rules>/scenarios/}. Their case goes through the same {@link CaseReader} as
 * any API call, so a scenario cannot hold a case the API would reject. A scenario with {@code refused: [field…]}
 * instead holds a case the reader must refuse as contradictory, naming exactly those fields; it is checked here and
 * not run.
 */
public final class ScenarioLoader {

    public static final String DIRECTORY = "scenarios";

    private static final YAMLMapper YAML = StrictJson.yaml();
    private static final String CASE = "case";

    /** The shape of a scenario file; its {@code case} goes to the case reader as a tree. */
    record ScenarioFile(String purpose, Integer figure, List<String> fires, List<String> doesNotFire,
                        Walkthrough walkthrough, @JsonProperty(CASE) JsonNode caseTree, List<String> refused) {
    }

    private final CaseReader reader;

    public ScenarioLoader(CaseReader reader) {
        this.reader = reader;
    }

    /** Every scenario, sorted by name; problems (as {@code scenarios/file: message}) are added to the list. */
    public List<Scenario> load(Path rulesDirectory, List<String> problems) {
        Path dir = rulesDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            problems.add(DIRECTORY + "/: missing (every rule needs scenarios where it fires and where it does not)");
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : yamlFiles(dir)) {
            String where = DIRECTORY + "/" + file.getFileName();
            String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            try {
                ScenarioFile raw = YAML.readValue(file.toFile(), ScenarioFile.class);
                if (raw.purpose() == null || raw.purpose().isBlank()) {
                    problems.add(where + ": missing 'purpose'");
                    continue;
                }
                if (raw.caseTree() == null) {
                    problems.add(where + ": missing 'case'");
                    continue;
                }
                if (raw.refused() != null) {
                    refused(where, raw, problems);
                    continue;
                }
                scenarios.add(new Scenario(name, raw.purpose().strip(), raw.figure(), reader.read(raw.caseTree()),
                        orEmpty(raw.fires()), orEmpty(raw.doesNotFire()), raw.walkthrough()));
            } catch (InvalidCaseException e) {
                Map<String, Integer> lines = StrictJson.keyLines(YAML, file.toFile());
                for (FieldProblem p : e.problems()) {
                    int line = lines.getOrDefault("/" + CASE + "/" + p.field(), lines.getOrDefault("/" + CASE, 0));
                    problems.add(where + ":" + line + ": " + CASE + "." + p.field() + ": " + p.message());
                }
            } catch (JacksonException e) {
                problems.add(where + ":" + StrictJson.describe(e, StrictJson.keyLines(YAML, file.toFile())));
            }
        }
        return scenarios;
    }

    /** A case the reader must refuse as contradictory, under exactly the fields the scenario names. */
    private void refused(String where, ScenarioFile raw, List<String> problems) {
        if (raw.fires() != null || raw.doesNotFire() != null || raw.walkthrough() != null || raw.refused().isEmpty()) {
            problems.add(where + ": a refused scenario names the contradicting fields in 'refused' and nothing else");
            return;
        }
        Set<String> expected = new TreeSet<>(raw.refused());
        try {
            reader.read(raw.caseTree());
            problems.add(where + ": the case is accepted, but must be refused as contradicting " + expected);
        } catch (InvalidCaseException e) {
            Set<String> named = new TreeSet<>();
            e.problems().stream().filter(FieldProblem::contradiction).forEach(p -> named.add(p.field()));
            if (!named.equals(expected)) {
                problems.add(where + ": refused under " + named + " " + e.problems() + ", not under " + expected);
            }
        }
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
