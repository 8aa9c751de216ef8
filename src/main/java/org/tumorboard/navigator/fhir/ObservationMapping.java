package org.tumorboard.navigator.fhir;

import static org.tumorboard.navigator.fhir.FhirCodes.anyIn;
import static org.tumorboard.navigator.fhir.FhirCodes.lookUp;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.tumorboard.navigator.intake.CaseField;

/** The facts of one Observation, recognised by its code. Observations with other codes are not read. */
final class ObservationMapping {

    private final FactCollector facts;
    private final References references;
    private final NamedResource named;
    private final Observation observation;

    ObservationMapping(FactCollector facts, References references, NamedResource named, Observation observation) {
        this.facts = facts;
        this.references = references;
        this.named = named;
        this.observation = observation;
    }

    void map() {
        CodeableConcept code = observation.getCode();
        String own = FhirCodes.caseFact(code);
        if (FhirCodes.TUMOR_SIZE.in(code)) {
            tumorSize();
        } else if (anyIn(FhirCodes.CA199, code)) {
            quantity("ca199", observation.getValue(), "value", FhirCodes.CA199_UNITS);
        } else if (FhirCodes.DISEASE_STATUS.in(code)) {
            coded("chemotherapyResponse", FhirCodes.DISEASE_TREND);
        } else if (FhirCodes.HISTOLOGIC_GRADE.in(code)) {
            coded("tumorDifferentiation", FhirCodes.GRADES);
        } else if (McodeMapping.isMCategory(observation)) {
            mCategory();
        } else if (own != null) {
            productFact(own);
        }
    }

    /** mCODE TumorSize: the longest-dimension component, in cm or mm; a focus in the liver is a liver lesion. */
    private void tumorSize() {
        List<Observation.ObservationComponentComponent> components = observation.getComponent();
        for (int i = 0; i < components.size(); i++) {
            if (FhirCodes.LONGEST_DIMENSION.in(components.get(i).getCode())) {
                String field = focusInLiver() ? "largestLiverLesionCm" : "tumorSizeCm";
                BigDecimal cm = centimetres(components.get(i).getValue(), "component[" + i + "].value");
                if (cm != null) {
                    facts.add(field, cm, named.at("component[" + i + "].valueQuantity"));
                }
                return;
            }
        }
        facts.problem(named.at("component"), "a TumorSize (LOINC 21889-1) needs its longest-dimension component "
                + "(LOINC 33728-7) with a valueQuantity in cm or mm");
    }

    private boolean focusInLiver() {
        for (Reference focus : observation.getFocus()) {
            if (references.resolve(focus) instanceof BodyStructure structure && McodeMapping.inLiver(structure)) {
                return true;
            }
        }
        return false;
    }

    private BigDecimal centimetres(Type value, String element) {
        if (!(value instanceof Quantity quantity) || !quantity.hasValue()) {
            wrongType(value, element, "valueQuantity in cm or mm (UCUM)");
            return null;
        }
        if (!FhirCodes.UCUM.equals(quantity.getSystem()) || !List.of("cm", "mm").contains(quantity.getCode())) {
            facts.problem(named.at(element + "Quantity.code"), "must be the UCUM unit cm or mm");
            return null;
        }
        return "mm".equals(quantity.getCode()) ? quantity.getValue().movePointLeft(1) : quantity.getValue();
    }

    private void quantity(String field, Type value, String element, List<String> units) {
        if (absent(value)) {
            return;
        }
        if (!(value instanceof Quantity quantity) || !quantity.hasValue()) {
            wrongType(value, element, "valueQuantity in " + String.join(" or ", units) + " (UCUM)");
            return;
        }
        boolean unitless = !quantity.hasCode() && !quantity.hasSystem() && units.contains("1");
        if (!unitless && (!FhirCodes.UCUM.equals(quantity.getSystem()) || !units.contains(quantity.getCode()))) {
            facts.problem(named.at(element + "Quantity.code"), "must be the UCUM unit " + String.join(" or ", units));
            return;
        }
        facts.add(field, quantity.getValue(), named.at(element + "Quantity"));
    }

    private void coded(String field, Map<FhirCodes.Code, String> codes) {
        Type value = observation.getValue();
        if (absent(value)) {
            return;
        }
        if (!(value instanceof CodeableConcept concept)) {
            wrongType(value, "value", "valueCodeableConcept");
            return;
        }
        String answer = lookUp(codes, concept);
        if (answer != null) {
            facts.add(field, answer, named.at("valueCodeableConcept"));
        } else if (concept.getCoding().stream().anyMatch(c -> FhirCodes.CASE_VALUES.equals(c.getSystem()))) {
            facts.problem(named.at("valueCodeableConcept"), "must be one of " + String.join(", ",
                    new TreeSet<>(codes.values())) + " of " + FhirCodes.CASE_VALUES);
        }
    }

    /** An M category of M1 makes the stage metastatic; M0 rules metastatic out. Other categories say nothing. */
    private void mCategory() {
        Type value = observation.getValue();
        if (absent(value)) {
            return;
        }
        if (!(value instanceof CodeableConcept concept)) {
            wrongType(value, "value", "valueCodeableConcept");
        } else if (anyIn(FhirCodes.M1, concept)) {
            facts.add("stage", "METASTATIC", named.at("valueCodeableConcept"));
        } else if (FhirCodes.CM0.in(concept)) {
            facts.exclude("stage", "METASTATIC", named.at("valueCodeableConcept"));
        }
    }

    /** A fact under the product's own code: its value type follows the case field's (CaseField). */
    private void productFact(String code) {
        Type value = observation.getValue();
        CaseField field = FhirCodes.NOT_OWN_CODES.contains(code) ? null : CaseField.named(code).orElse(null);
        if (field == null) {
            facts.problem(named.at("code"), "unknown code " + code + " of " + FhirCodes.CASE_FACTS
                    + "; its codes are the case's field names but label and age (docs/fhir-and-cds-hooks.md)");
        } else if (field.answer()) {
            if (!absent(value) && !(value instanceof BooleanType)) {
                wrongType(value, "value", "valueBoolean");
            } else if (value instanceof BooleanType b && b.hasValue()) {
                facts.add(code, b.getValue(), named.at("valueBoolean"));
            }
        } else if (field.wholeNumber()) {
            if (!absent(value) && !(value instanceof IntegerType)) {
                wrongType(value, "value", "valueInteger");
            } else if (value instanceof IntegerType n && n.hasValue()) {
                facts.add(code, n.getValue(), named.at("valueInteger"));
            }
        } else if (field.decimal()) {
            quantity(code, value, "value", FhirCodes.UNITS.getOrDefault(code, List.of()));
        } else if (field.choice()) {
            coded(code, codesOf(Set.copyOf(field.choices())));
        } else {
            facts.problem(named.at("code"), "the code " + code + " of " + FhirCodes.CASE_FACTS + " takes no value");
        }
    }

    private static Map<FhirCodes.Code, String> codesOf(Set<String> names) {
        Map<FhirCodes.Code, String> codes = new HashMap<>();
        names.forEach(n -> codes.put(new FhirCodes.Code(FhirCodes.CASE_VALUES, n), n));
        return codes;
    }

    /** No value and a dataAbsentReason: the fact stays unknown. No value without a reason is an error. */
    private boolean absent(Type value) {
        if (value != null && !value.isEmpty()) {
            return false;
        }
        if (!observation.hasDataAbsentReason()) {
            facts.problem(named.at("value[x]"), "is missing; give a value, or a dataAbsentReason where it is unknown");
        }
        return true;
    }

    private void wrongType(Type value, String element, String expected) {
        String found = value == null || value.isEmpty() ? "nothing"
                : element + Character.toUpperCase(value.fhirType().charAt(0)) + value.fhirType().substring(1);
        facts.problem(named.at(element + "[x]"), "must be a " + expected + " (found " + found + ")");
    }
}
