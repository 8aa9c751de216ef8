package org.tumorboard.navigator.cdshooks;

import java.util.List;
import java.util.Map;
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

    @GetMapping(path = "/api/cds-feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<CdsFeedbackStore.FeedbackCount>> counts() {
        return Map.of("counts", store.counts());
    }
}
