package org.tumorboard.navigator.results;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON answer to "evaluate this case" for the API's JSON endpoints. An evaluation depends only on the case and the
 * rule set, so the bytes written for a case are kept under the rule set's version and the case (up to
 * {@code tumorboard.evaluation-cache.max-bytes}, least recently used first out) and a case asked again, as when a
 * class works through the same case, is answered with them; a reloaded rule set has a new version, so nothing of the
 * old one is served again. The bytes are the app's JSON mapper's.
 */
@Component
class EvaluationResponses {

    private record Key(String ruleSetVersion, CaseFacts facts) {
    }

    /** Roughly what an entry costs beyond its bytes (key, case, map node). */
    private static final int ENTRY_OVERHEAD = 512;

    private final RuleEngine engine;
    private final JsonMapper json;
    private final Cache<Key, byte[]> kept;

    EvaluationResponses(RuleEngine engine, JsonMapper json,
                        @Value("${tumorboard.evaluation-cache.max-bytes:33554432}") long maxBytes) {
        this.engine = engine;
        this.json = json;
        this.kept = maxBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
                .<Key, byte[]>weigher((key, bytes) -> bytes.length + ENTRY_OVERHEAD).executor(Runnable::run).build();
    }

    /** The evaluation of the case as a {@code 200 application/json} answer. */
    ResponseEntity<byte[]> evaluate(CaseFacts facts) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes(facts));
    }

    byte[] bytes(CaseFacts facts) {
        if (kept == null) {
            return json.writeValueAsBytes(engine.evaluate(facts));
        }
        Key key = new Key(engine.ruleSet().version(), facts);
        byte[] bytes = kept.getIfPresent(key);
        if (bytes == null) {
            Evaluation evaluation = engine.evaluate(facts);
            bytes = json.writeValueAsBytes(evaluation);
            kept.put(new Key(evaluation.ruleSetVersion(), facts), bytes);
        }
        return bytes;
    }

    /** How many answers are kept now (for tests). */
    long kept() {
        if (kept == null) {
            return 0;
        }
        kept.cleanUp();
        return kept.estimatedSize();
    }
}
