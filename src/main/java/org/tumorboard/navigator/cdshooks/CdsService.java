package org.tumorboard.navigator.cdshooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of CDS Hooks 2.0 discovery ({@code GET /cds-services}). Optional attributes without a value are left
 * out, as the specification requires.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "CdsHooksService")
record CdsService(String hook, String title, String description, String id, Map<String, String> prefetch,
                  String usageRequirements) {

    static final String ID = "pancreatic-cancer-literature";
    static final String HOOK = "patient-view";

    /** Prefetch the service cannot work without; the client fills them or the call is answered 412. */
    static final List<String> REQUIRED_PREFETCH = List.of("patient", "conditions", "observations");

    /** The discovery response. */
    @Schema(name = "CdsHooksDiscovery")
    record Discovery(List<CdsService> services) {

        Discovery {
            services = List.copyOf(services);
        }
    }

    static CdsService definition() {
        Map<String, String> prefetch = new LinkedHashMap<>();
        prefetch.put("patient", "Patient/{{context.patientId}}");
        prefetch.put("conditions", "Condition?patient={{context.patientId}}");
        prefetch.put("observations", "Observation?patient={{context.patientId}}");
        prefetch.put("bodyStructures", "BodyStructure?patient={{context.patientId}}");
        return new CdsService(HOOK, "Tumor Board Navigator: what a 2021 review reports",
                "Educational prototype, not treatment advice. For a patient with pancreatic cancer data in mCODE "
                        + "form, one card per treatment with what the 2021 review of image-guided therapy of "
                        + "pancreatic cancer (Bibok et al.) reports that bears on the case, with citations.",
                ID, prefetch,
                "Reads only the prefetched resources and never calls the FHIR server: the prefetch keys patient, "
                        + "conditions and observations must be sent (null where there is no data), else the "
                        + "answer is 412. bodyStructures is optional (it tells liver lesions from the primary).");
    }
}
