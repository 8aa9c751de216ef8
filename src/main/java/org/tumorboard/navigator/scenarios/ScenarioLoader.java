package org.tumorboard.navigator.scenarios;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the scenario files under {@code <rules>/scenarios/}. Their case goes through the same {@link CaseReader} as
 * any API call, so a scenario cannot hold a case the API would reject.
 */
public final class ScenarioLoader {

    public static final String DIRECTORY = "scenarios";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** The shape of a scenario file less its {@code case}, which goes to the case reader as a tree. */
    record ScenarioFile(String purpose, Integer figure, List<String> fires,
                        List<String> doesNotFire, Walkthrough walkthrough) {
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
                JsonNode tree = YAML.readTree(file.toFile());
                JsonNode caseNode = tree.path("case");
                if (tree.isObject()) {
                    ((tools.jackson.databind.node.ObjectNode) tree).remove("case");
                }
                ScenarioFile raw = YAML.treeToValue(tree, ScenarioFile.class);
                if (raw.purpose() == null || raw.purpose().isBlank()) {
                    problems.add(where + ": missing 'purpose'");
                    continue;
                }
                if (caseNode.isMissingNode()) {
                    problems.add(where + ": missing 'case'");
                    continue;
                }
                scenarios.add(new Scenario(name, raw.purpose().strip(), raw.figure(), reader.read(caseNode),
                        orEmpty(raw.fires()), orEmpty(raw.doesNotFire()), raw.walkthrough()));
            } catch (InvalidCaseException e) {
                e.problems().forEach(p -> problems.add(where + ": case." + p.field() + ": " + p.message()));
            } catch (JacksonException e) {
                var loc = e.getLocation();
                problems.add(where + ":" + (loc == null ? 0 : loc.getLineNr()) + ": " + e.getOriginalMessage());
            }
        }
        return scenarios;
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
