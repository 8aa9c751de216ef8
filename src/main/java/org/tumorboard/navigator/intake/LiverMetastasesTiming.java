package org.tumorboard.navigator.intake;

/**
 * When the liver metastases appeared, as the case's team classifies them: the review uses "metachronous" (Lee et
 * al. [79]) without defining it or giving a time limit.
 */
public enum LiverMetastasesTiming {
    SYNCHRONOUS, METACHRONOUS
}
