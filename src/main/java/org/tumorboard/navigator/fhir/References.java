package org.tumorboard.navigator.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Resolves references between the resources given (by {@code Type/id} or the entry's fullUrl); never fetches. */
final class References {

    private final Map<String, Resource> byReference = new HashMap<>();

    References(List<NamedResource> resources) {
        for (NamedResource named : resources) {
            Resource resource = named.resource();
            if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
                byReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
            if (named.fullUrl() != null) {
                byReference.put(named.fullUrl(), resource);
            }
        }
    }

    /** The resource referred to, or null where it is not among those given. */
    Resource resolve(Reference reference) {
        return reference == null || !reference.hasReference() ? null : byReference.get(reference.getReference());
    }
}
