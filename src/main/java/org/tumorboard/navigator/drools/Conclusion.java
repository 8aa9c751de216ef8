package org.tumorboard.navigator.drools;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What a consideration rule's consequence inserts, and all it inserts: the id of the rule that fired. Everything
 * else about the consideration is the rule's metadata, and the case facts it rests on are read from its conditions.
 * <p>In DRL: {@code insertLogical(Conclusion.of(drools));}
 */
public record Conclusion(String ruleId) {

    public static Conclusion of(RuleContext rule) {
        Object id = rule.getRule().getMetaData().get(DroolsRuleBase.ID);
        if (id == null) {
            throw new IllegalStateException("rule '" + rule.getRule().getName() + "' has no @id");
        }
        return new Conclusion(id.toString());
    }
}
