package org.tumorboard.navigator.scenarios;


import java.util.List;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * A regression scenario read from {@code rules/scenarios/}: a case, the rules that must fire for it and those that
 * must not.
 *
 * @param name        the file name without extension, unique
 * @param figure      the review figure (1-4) the scenario retells, or null
 * @param walkthrough the teaching version of a figure scenario, or null
 */
public record Scenario(
        String name,
        String purpose,
        Integer figure,
        CaseFacts caseFacts,
        List<String> fires,
        List<String> doesNotFire,
        Walkthrough walkthrough) {

    public Scenario {
        fires = List.copyOf(fires);
        doesNotFire = List.copyOf(doesNotFire);
    }
}
