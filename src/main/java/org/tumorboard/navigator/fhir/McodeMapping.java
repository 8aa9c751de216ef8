package org.tumorboard.navigator.fhir;

import static org.tumorboard.navigator.fhir.FhirCodes.anyIn;
import static org.tumorboard.navigator.fhir.FhirCodes.hasProfile;
import static org.tumorboard.navigator.fhir.FhirCodes.lookUp;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads the case facts out of mCODE-profiled resources (docs/fhir-and-cds-hooks.md has the table). A fact no resource
 * gives stays unknown; a resource of a known kind with a value of the wrong type is a problem naming the element.
 */
final class McodeMapping {

    private final FactCollector facts;
    private final References references;
    private final LocalDate referenceDate;

    McodeMapping(FactCollector facts, References references, LocalDate referenceDate) {
        this.facts = facts;
        this.references = references;
        this.referenceDate = referenceDate;
    }

    void map(List<NamedResource> resources) {
        for (NamedResource named : resources) {
            if (named.resource() instanceof Patient patient) {
                patient(named, patient);
            } else if (named.resource() instanceof Condition condition) {
                condition(named, condition);
            } else if (named.resource() instanceof Observation observation && counts(observation)) {
                new ObservationMapping(facts, references, named, observation).map();
            }
        }
    }

    /** Whole years from the birth date to the reference date; a birth date without a day leaves the age unknown. */
    private void patient(NamedResource named, Patient patient) {
        if (!patient.hasBirthDate() || patient.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
            return;
        }
        // DateType's month is 0-based.
        LocalDate born = LocalDate.of(patient.getBirthDateElement().getYear(),
                patient.getBirthDateElement().getMonth() + 1, patient.getBirthDateElement().getDay());
        facts.add("age", Period.between(born, referenceDate).getYears(), named.at("birthDate"));
    }

    private void condition(NamedResource named, Condition condition) {
        CodeableConcept status = condition.getVerificationStatus();
        if (FhirCodes.ENTERED_IN_ERROR.in(status)) {
            return;
        }
        boolean refuted = FhirCodes.REFUTED.in(status);
        if (isPrimaryPancreatic(condition) && !refuted) {
            String site = condition.getBodySite().stream().map(s -> lookUp(FhirCodes.PANCREAS_SITES, s))
                    .filter(s -> s != null).findFirst().orElse(null);
            String where = site != null ? "bodySite" : "code";
            String location = site != null ? site : lookUp(FhirCodes.PRIMARY_PANCREAS, condition.getCode());
            if (location != null && !location.isEmpty()) {
                facts.add("tumorLocation", location, named.at(where));
            }
        } else if (isLiverMetastasis(condition)) {
            facts.add("liverMetastases", !refuted, named.at(refuted ? "verificationStatus" : "code"));
        }
    }

    private static boolean isPrimaryPancreatic(Condition condition) {
        return lookUp(FhirCodes.PRIMARY_PANCREAS, condition.getCode()) != null
                || hasProfile(condition, FhirCodes.PRIMARY_CANCER_PROFILE)
                && condition.getBodySite().stream().anyMatch(s -> lookUp(FhirCodes.PANCREAS_SITES, s) != null);
    }

    private static boolean isLiverMetastasis(Condition condition) {
        return FhirCodes.SECONDARY_LIVER.in(condition.getCode())
                || hasProfile(condition, FhirCodes.SECONDARY_CANCER_PROFILE)
                && condition.getBodySite().stream().anyMatch(FhirCodes.LIVER_STRUCTURE::in);
    }

    /** Observations entered in error or cancelled say nothing. */
    private static boolean counts(Observation observation) {
        return observation.getStatus() != Observation.ObservationStatus.ENTEREDINERROR
                && observation.getStatus() != Observation.ObservationStatus.CANCELLED;
    }

    /** Whether a BodyStructure (the focus of a TumorSize) lies in the liver. */
    static boolean inLiver(BodyStructure structure) {
        return FhirCodes.LIVER_STRUCTURE.in(structure.getLocation());
    }

    static boolean isMCategory(Observation observation) {
        return anyIn(FhirCodes.M_CATEGORY, observation.getCode());
    }
}
