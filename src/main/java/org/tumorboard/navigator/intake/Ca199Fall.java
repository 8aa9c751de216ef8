package org.tumorboard.navigator.intake;

/**
 * The fall of CA19-9 from baseline at 3 months follow-up after IRE, on the one threshold the review gives: Ruarus et
 * al. [62] found less than 50% reduction a prognostic factor for poor survival. A rise is less than 50% reduction.
 */
public enum Ca199Fall {
    AT_LEAST_50_PERCENT, LESS_THAN_50_PERCENT
}
