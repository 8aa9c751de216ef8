package org.tumorboard.navigator.drools;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.tumorboard.navigator.conditions.RuleConditions;

/**
 * One rule as Drools compiled it.
 *
 * @param name       the rule's name, a readable sentence
 * @param file       the DRL file, relative to the rules directory, with {@code /} separators
 * @param line       the line of the file where the rule starts
 * @param metadata   its {@code @key(value)} annotations
 * @param conditions its conditions, read from the compiled rule
 */
public record CompiledRule(String name, String file, int line, Map<String, Object> metadata,
                           RuleConditions conditions) {

    public CompiledRule {
        metadata = Collections.unmodifiableMap(new HashMap<>(metadata));   // a flag such as @derived has no value
    }
}
