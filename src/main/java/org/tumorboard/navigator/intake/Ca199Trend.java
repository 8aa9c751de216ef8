package org.tumorboard.navigator.intake;

/**
 * The CA19-9 level after TARE compared with before, as the case's team reads it: the review authors associated a
 * decreased or stable level with longer hepatic progression-free survival [100] without defining "stable".
 */
public enum Ca199Trend {
    DECREASED, STABLE, INCREASED
}
