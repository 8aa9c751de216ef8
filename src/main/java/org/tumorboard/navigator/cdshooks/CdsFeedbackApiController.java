package org.tumorboard.navigator.cdshooks;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.tumorboard.navigator.web.ApiController;

/** {@code GET /api/cds-feedback}: for maintainers, how often each card type was accepted or overridden. */
@ApiController
class CdsFeedbackApiController {

    private final CdsFeedbackStore store;

    CdsFeedbackApiController(CdsFeedbackStore store) {
        this.store = store;
    }

    @Operation(summary = "For maintainers: how often each card type (treatment) was accepted or overridden")
    @GetMapping(path = "/api/cds-feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    CdsFeedbackStore.Counts counts() {
        return new CdsFeedbackStore.Counts(store.counts());
    }
}
