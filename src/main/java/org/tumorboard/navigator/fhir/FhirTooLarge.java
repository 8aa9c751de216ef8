package org.tumorboard.navigator.fhir;

import org.tumorboard.navigator.intake.InvalidCaseException;

/** A FHIR document over {@link FhirCaseReader#MAX_BYTES}: answered like an oversized case (413). */
public final class FhirTooLarge extends InvalidCaseException {

    public FhirTooLarge() {
        super("body", "the FHIR document is larger than " + FhirCaseReader.MAX_BYTES / 1024 + " KiB");
    }

    @Override
    public boolean tooLarge() {
        return true;
    }
}
