package org.tumorboard.navigator.catalogue;

import java.time.YearMonth;
import java.util.List;
import org.tumorboard.navigator.intake.Stage;

/**
 * A trial of the review's Table 5 ("Active pancreas irreversible electroporation clinical trials", source:
 * ClinicalTrials.gov, as of the review's 2021 publication).
 *
 * @param stages the stages of disease the trial bears on (from its title)
 */
public record Trial(
        String nct,
        String title,
        String location,
        int patients,
        YearMonth estimatedCompletion,
        List<Stage> stages) {

    public Trial {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public String url() {
        return "https://clinicaltrials.gov/ct2/show/" + nct;
    }
}
