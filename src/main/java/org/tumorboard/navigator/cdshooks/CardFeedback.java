package org.tumorboard.navigator.cdshooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One item of a CDS Hooks 2.0 feedback call: which card, accepted or overridden, when, and the override reason's
 * code if one was given. A user's free-text comment is never kept (it could name a patient).
 */
record CardFeedback(String card, Outcome outcome, Instant at, String reasonSystem, String reasonCode) {

    enum Outcome { ACCEPTED, OVERRIDDEN }

    /** The items of {@code {"feedback": [...]}}, each checked; problems name the item and attribute. */
    static List<CardFeedback> of(JsonNode body) throws CdsRequestException {
        JsonNode items = body.path("feedback");
        if (!items.isArray() || items.isEmpty()) {
            throw CdsRequestException.badRequest("feedback", "must be a non-empty array of feedback items");
        }
        List<CardFeedback> feedback = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            feedback.add(item(items.get(i), "feedback[" + i + "]."));
        }
        return feedback;
    }

    private static CardFeedback item(JsonNode item, String at) throws CdsRequestException {
        String card = required(item, "card", at);
        String outcome = required(item, "outcome", at);
        if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
            throw CdsRequestException.badRequest(at + "outcome", "must be accepted or overridden");
        }
        Instant when;
        try {
            when = OffsetDateTime.parse(required(item, "outcomeTimestamp", at)).toInstant();
        } catch (DateTimeParseException e) {
            throw CdsRequestException.badRequest(at + "outcomeTimestamp", "must be an RFC 3339 date-time in UTC, "
                    + "e.g. 2021-07-21T09:00:00Z");
        }
        JsonNode reason = item.path("overrideReason").path("reason");
        String system = reason.path("system").isString() ? reason.path("system").asString() : null;
        String code = reason.path("code").isString() ? reason.path("code").asString() : null;
        return new CardFeedback(card, outcome.equals("accepted") ? Outcome.ACCEPTED : Outcome.OVERRIDDEN, when,
                system, code);
    }

    private static String required(JsonNode item, String field, String at) throws CdsRequestException {
        JsonNode value = item.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw CdsRequestException.badRequest(at + field, "is required: a non-empty string");
        }
        return value.asString();
    }
}
