package org.tumorboard.navigator.cdshooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A CDS Hooks 2.0 card. This service's cards carry information only: never {@code suggestions},
 * {@code selectionBehavior} or actions, so those attributes do not exist here.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "CdsHooksCard", description = "A CDS Hooks 2.0 card: information only, never suggestions")
record Card(String uuid, String summary, String detail, String indicator, Source source, List<Link> links) {

    /** The longest summary the specification allows ("<140-character"). */
    static final int MAX_SUMMARY = 139;

    Card {
        links = List.copyOf(links);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsHooksSource")
    record Source(String label, String url) {
    }

    /** A link of type {@code absolute}: a page of this server. */
    @Schema(name = "CdsHooksLink")
    record Link(String label, String url, String type) {

        static Link absolute(String label, String url) {
            return new Link(label, url, "absolute");
        }
    }

    /** The hook's answer: {@code cards}, possibly empty (never left out). */
    @Schema(name = "CdsHooksResponse")
    record Response(List<Card> cards) {

        Response {
            cards = List.copyOf(cards);
        }
    }
}
