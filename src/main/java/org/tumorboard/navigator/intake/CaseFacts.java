package org.tumorboard.navigator.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A hypothetical case. Every component but {@code stage} may be {@code null}, which means
 * <em>unknown</em>: a value of its own, never read as {@code false}. The JSON names are a public contract, and
 * the components' order is the contract's order. This record is the one home of a case field: the readers, the
 * form, the result pages and the query addresses all derive from its components ({@link CaseField}).
 */
public record CaseFacts(
        @Size(max = 120, message = "must be at most 120 characters") String label,
        @NotNull(message = REQUIRED_STAGE) Stage stage,
        @Min(value = 18, message = RANGE_AGE) @Max(value = 100, message = RANGE_AGE) Integer age,
        TumorLocation tumorLocation,
        @DecimalMin(value = "0.1", message = RANGE_CM) @DecimalMax(value = "25", message = RANGE_CM) Double tumorSizeCm,
        Boolean pacemaker,
        Boolean metalBiliaryStent,
        Boolean surgicalClips,
        Boolean liverMetastases,
        Boolean liverDominantDisease,
        @Min(value = 0, message = RANGE_COUNT) @Max(value = 100, message = RANGE_COUNT) Integer liverLesionCount,
        @DecimalMin(value = "0.1", message = RANGE_CM) @DecimalMax(value = "25", message = RANGE_CM) Double largestLiverLesionCm,
        LiverMetastasesTiming liverMetastasesTiming,
        ChemotherapyResponse chemotherapyResponse,
        Boolean severeChemotherapyToxicity,
        @DecimalMin(value = "0", message = RANGE_CA199) @DecimalMax(value = "1000000", message = RANGE_CA199) Double ca199,
        Ca199Fall ca199FallAt3MonthsAfterIre,
        Ca199Trend ca199TrendAfterTare,
        Boolean surgicalCandidate,
        Boolean unresectableAtLaparotomy,
        Boolean gastricOutletObstruction,
        Boolean priorResection,
        Differentiation tumorDifferentiation,
        @DecimalMin(value = "0", message = RANGE_NLR) @DecimalMax(value = "100", message = RANGE_NLR) Double neutrophilLymphocyteRatio) {

    static final String REQUIRED_STAGE = "is required: choose one of the stages RESECTABLE, BORDERLINE_RESECTABLE, "
            + "LOCALLY_ADVANCED, METASTATIC";
    static final String RANGE_AGE = "must be a whole number of years from 18 to 100";
    static final String RANGE_CM = "must be a number of centimetres from 0.1 to 25";
    static final String RANGE_COUNT = "must be a whole number from 0 to 100";
    static final String RANGE_CA199 = "must be a number of U/mL from 0 to 1000000";
    static final String RANGE_NLR = "must be a number from 0 to 100";
}
