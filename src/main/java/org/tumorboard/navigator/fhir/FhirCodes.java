package org.tumorboard.navigator.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/**
 * Every code the FHIR mapping reads, each with its published source (see the mapping table in docs/fhir-and-cds-hooks.md). Where no
 * standard code exists the product's own code systems are used; they are not HL7's and say so by their address.
 */
public final class FhirCodes {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String NCIT = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";
    public static final String CONDITION_VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /** The product's own code system for facts without a standard code: one code per case field. */
    public static final String CASE_FACTS = "https://tumorboard.example/fhir/CodeSystem/case-facts";
    /** The product's own code system for the answers of those facts: the case's enum names. */
    public static final String CASE_VALUES = "https://tumorboard.example/fhir/CodeSystem/case-values";

    public static final String MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/";
    public static final String PRIMARY_CANCER_PROFILE = MCODE + "mcode-primary-cancer-condition";
    public static final String SECONDARY_CANCER_PROFILE = MCODE + "mcode-secondary-cancer-condition";

    /** A code in a code system. */
    public record Code(String system, String code) {

        boolean in(CodeableConcept concept) {
            return concept != null && concept.getCoding().stream().anyMatch(this::matches);
        }

        boolean matches(Coding coding) {
            return system.equals(coding.getSystem()) && code.equals(coding.getCode());
        }

        @Override
        public String toString() {
            return system + "|" + code;
        }
    }

    // Primary pancreatic cancer (mCODE PrimaryCancerDisorderVS: ICD-10-CM C25.x; SNOMED 363418001).
    static final Map<Code, String> PRIMARY_PANCREAS = Map.of(
            new Code(ICD10CM, "C25.0"), "HEAD", new Code(ICD10CM, "C25.1"), "BODY", new Code(ICD10CM, "C25.2"), "TAIL",
            new Code(ICD10CM, "C25.7"), "", new Code(ICD10CM, "C25.9"), "", new Code(SNOMED, "363418001"), "");
    // bodySite of the primary (mCODE CancerBodyLocationVS / TG263 map), and the product's codes where SNOMED's
    // body, neck and uncinate structures could not be verified.
    static final Map<Code, String> PANCREAS_SITES = Map.of(
            new Code(SNOMED, "64163001"), "HEAD", new Code(SNOMED, "73239005"), "TAIL",
            new Code(CASE_VALUES, "UNCINATE"), "UNCINATE", new Code(CASE_VALUES, "NECK"), "NECK",
            new Code(CASE_VALUES, "BODY"), "BODY");

    // Liver metastases (mCODE SecondaryCancerDisorderVS; liver structure in CancerBodyLocationVS).
    static final Code SECONDARY_LIVER = new Code(ICD10CM, "C78.7");
    static final Code LIVER_STRUCTURE = new Code(SNOMED, "10200004");
    static final Code REFUTED = new Code(CONDITION_VER_STATUS, "refuted");
    static final Code ENTERED_IN_ERROR = new Code(CONDITION_VER_STATUS, "entered-in-error");

    // Observations.
    static final Code TUMOR_SIZE = new Code(LOINC, "21889-1");
    static final Code LONGEST_DIMENSION = new Code(LOINC, "33728-7");
    static final List<Code> CA199 = List.of(new Code(LOINC, "24108-3"), new Code(LOINC, "83084-4"));
    static final Code DISEASE_STATUS = new Code(LOINC, "97509-4");
    static final Map<Code, String> DISEASE_TREND = Map.of(
            new Code(SNOMED, "268910001"), "RESPONSE", new Code(SNOMED, "359746009"), "STABLE",
            new Code(SNOMED, "271299001"), "PROGRESSION");
    static final Code HISTOLOGIC_GRADE = new Code(NCIT, "C18000");
    static final Map<Code, String> GRADES = Map.of(
            new Code(SNOMED, "1155708003"), "WELL", new Code(SNOMED, "1286893008"), "MODERATE",
            new Code(SNOMED, "1155707008"), "POOR");
    static final List<Code> M_CATEGORY = List.of(new Code(SNOMED, "399387003"), new Code(SNOMED, "371497001"));
    static final List<Code> M1 = List.of(new Code(SNOMED, "1229903009"), new Code(SNOMED, "1229916009"));
    static final Code CM0 = new Code(SNOMED, "1229901006");

    static final List<String> CA199_UNITS = List.of("U/mL", "[arb'U]/mL");
    static final List<String> RATIO_UNITS = List.of("1", "{ratio}");
    /** The UCUM units a decimal case field takes under its own code (FhirProductFactsTests: every decimal field has some). */
    static final Map<String, List<String>> UNITS = Map.of("tumorSizeCm", List.of("cm"),
            "largestLiverLesionCm", List.of("cm"), "ca199", CA199_UNITS, "neutrophilLymphocyteRatio", RATIO_UNITS);
    /** The case fields no Observation gives under the product's own code: the label (never read) and the age (birthDate). */
    static final java.util.Set<String> NOT_OWN_CODES = java.util.Set.of("label", "age");

    private FhirCodes() {
    }

    /** The first of {@code codes} found in the concept, or null. */
    static <V> V lookUp(Map<Code, V> codes, CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        for (Coding coding : concept.getCoding()) {
            V value = codes.get(new Code(coding.getSystem(), coding.getCode()));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static boolean anyIn(List<Code> codes, CodeableConcept concept) {
        return codes.stream().anyMatch(c -> c.in(concept));
    }

    static boolean hasProfile(Resource resource, String profile) {
        return resource.getMeta().getProfile().stream().anyMatch(p -> profile.equals(p.getValue()));
    }

    /** The product-own fact code of the concept (a case field name), or null. */
    static String caseFact(CodeableConcept concept) {
        return concept.getCoding().stream().filter(c -> CASE_FACTS.equals(c.getSystem()))
                .map(Coding::getCode).findFirst().orElse(null);
    }
}
