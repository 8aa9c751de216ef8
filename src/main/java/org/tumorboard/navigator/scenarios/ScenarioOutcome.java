package org.tumorboard.navigator.scenarios;

import java.util.List;

/** How one scenario fared: no failures means it passed. */
public record ScenarioOutcome(Scenario scenario, List<String> failures) {

    public ScenarioOutcome {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** One line: the scenario file and every failure. */
    public String line() {
        return ScenarioLoader.DIRECTORY + "/" + scenario.name() + ".yaml: " + String.join("; ", failures);
    }
}
