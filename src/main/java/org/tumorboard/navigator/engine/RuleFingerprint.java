package org.tumorboard.navigator.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tumorboard.navigator.catalogue.Literature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reviewer judges, as a SHA-256 (64 hex digits): the rule's own DRL text (conditions and metadata: title,
 * explanation, passage, refs) and every catalogue entry it cites or lists: the references of its {@code @refs},
 * the review itself where it cites the authors' own statement, and the trials of its {@code @trials}. Each entry
 * is written as canonical JSON (properties and map keys sorted), so the fingerprint depends on nothing else: not
 * on other rules, the rule's line number, or the order of entries in the catalogue file.
 */
final class RuleFingerprint {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RuleFingerprint() {
    }

    static String of(RuleInfo rule, Literature literature) {
        MessageDigest sha = sha256();
        add(sha, "rule", String.join("\n", String.valueOf(rule.drl()).lines().toList()));
        for (Citation citation : rule.citations()) {
            Object entry = citation.reviewRef() == null ? literature.review()
                    : literature.reference(citation.reviewRef()).orElse(null);
            add(sha, "cites", CANONICAL.writeValueAsString(entry));
        }
        for (String nct : rule.trials()) {
            add(sha, "lists", CANONICAL.writeValueAsString(literature.trial(nct).orElse(null)));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A labelled, length-prefixed part, so that no two different inputs hash the same bytes. */
    private static void add(MessageDigest sha, String label, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((label + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
