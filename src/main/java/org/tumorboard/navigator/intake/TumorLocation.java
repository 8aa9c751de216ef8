package org.tumorboard.navigator.intake;

/** Location of the primary tumour in the pancreas. */
public enum TumorLocation {
    HEAD, UNCINATE, NECK, BODY, TAIL
}
