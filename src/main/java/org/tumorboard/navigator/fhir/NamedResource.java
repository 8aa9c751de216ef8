package org.tumorboard.navigator.fhir;

import org.hl7.fhir.r4.model.Resource;

/**
 * A parsed resource and how errors name it: {@code Observation/ca199-a}, or its entry where it has no id. A Patient is
 * never named by its id, which may be a record number.
 */
record NamedResource(String name, Resource resource, String fullUrl) {

    static String nameOf(String type, String id, int entry) {
        if ("Patient".equals(type) || id == null || id.isBlank()) {
            return type + (entry < 0 ? "" : " (entry " + entry + ")");
        }
        return type + "/" + id;
    }

    /** The name of one of this resource's elements, FHIR path style. */
    String at(String element) {
        return name + "." + element;
    }
}
