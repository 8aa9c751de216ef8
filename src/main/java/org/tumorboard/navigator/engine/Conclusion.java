package org.tumorboard.navigator.engine;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence inserts: the id of the rule that fired and the case facts that made it fire.
 * Everything else about the consideration (title, modality, kind, text, citations) is the rule's metadata.
 * <p>In DRL: {@code insertLogical(Conclusion.of(drools, "pacemaker = yes"));}
 */
public record Conclusion(String ruleId, List<String> because) {

    public Conclusion {
        because = List.copyOf(because);
    }

    public static Conclusion of(RuleContext rule, String... because) {
        Object id = rule.getRule().getMetaData().get(RuleInfo.ID);
        if (id == null) {
            throw new IllegalStateException("rule '" + rule.getRule().getName() + "' has no @id");
        }
        return new Conclusion(id.toString(), List.of(because));
    }
}
