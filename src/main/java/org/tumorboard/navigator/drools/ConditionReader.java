package org.tumorboard.navigator.drools;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.TypeDeclaration;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.base.ClassObjectType;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.conditions.Conditions;
import org.tumorboard.navigator.conditions.Operator;
import org.tumorboard.navigator.conditions.PatternCondition;
import org.tumorboard.navigator.conditions.RuleConditions;

/**
 * Reads each compiled rule's patterns and constraints from the rule base. A constraint's expression (as Drools
 * compiled it: {@code in (…)} is already a chain of {@code ||}) is parsed with Drools' own expression parser and
 * its literals typed after the field they are compared with.
 */
final class ConditionReader {

    /** The fully qualified names of the fact types declared in the rule set ({@code declare LocallyAdvanced end}). */
    private final Set<String> declared = new HashSet<>();

    ConditionReader(KieBase kieBase) {
        kieBase.getKiePackages().forEach(p -> ((InternalKnowledgePackage) p).getTypeDeclarations().values().stream()
                .filter(TypeDeclaration::isDefinition)
                .forEach(t -> declared.add(t.getTypeClassName())));
    }

    /**
     * A compiled rule's conditions.
     *
     * @param derives the derived fact types the rule's consequence writes (derivation rules only)
     */
    RuleConditions read(Rule rule, String id, Set<String> derives) {
        List<PatternCondition> patterns = new ArrayList<>();
        walk(((RuleImpl) rule).getLhs(), false, patterns);
        return new RuleConditions(id, patterns, derives);
    }

    private void walk(RuleConditionElement element, boolean negated, List<PatternCondition> patterns) {
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            patterns.add(pattern(pattern, negated));
            return;
        }
        boolean not = element instanceof GroupElement g && g.isNot();
        for (RuleConditionElement nested : element.getNestedElements()) {
            walk(nested, negated ^ not, patterns);
        }
    }

    private PatternCondition pattern(org.drools.base.rule.Pattern pattern, boolean negated) {
        Class<?> type = pattern.getObjectType() instanceof ClassObjectType c ? c.getClassType() : Object.class;
        boolean derived = declared.contains(type.getName());
        List<PatternCondition.Constraint> constraints = new ArrayList<>();
        for (Constraint constraint : pattern.getConstraints()) {
            String expression = constraint instanceof MVELConstraint mvel ? mvel.getExpression() : constraint.toString();
            constraints.add(new PatternCondition.Constraint(expression, condition(expression, type)));
        }
        return new PatternCondition(type.getSimpleName(), derived, negated, constraints,
                pattern.getDeclarations().keySet());
    }

    /** The condition an expression states about facts of {@code type}. */
    static Condition condition(String expression, Class<?> type) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL10);
        ConstraintConnectiveDescr descr = parser.parse(expression);
        if (parser.hasErrors() || descr == null) {
            return new Condition.Opaque(expression, Set.of());
        }
        Condition condition = of(descr, type);
        return condition == null ? new Condition.Opaque(expression, identifiers(expression, type)) : condition;
    }

    /** The condition, or null where some part is not understood. */
    private static Condition of(BaseDescr descr, Class<?> type) {
        if (descr instanceof ConstraintConnectiveDescr c) {
            List<Condition> parts = new ArrayList<>();
            for (BaseDescr d : c.getDescrs()) {
                Condition part = of(d, type);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            Condition combined = parts.size() == 1 ? parts.get(0)
                    : c.getConnective() == ConnectiveType.OR || c.getConnective() == ConnectiveType.INC_OR
                    ? new Condition.AnyOf(parts) : c.getConnective() == ConnectiveType.XOR ? null : new Condition.AllOf(parts);
            return combined != null && c.isNegated() ? new Condition.Not(combined) : combined;
        }
        if (descr instanceof RelationalExprDescr r && r.getLeft() instanceof AtomicExprDescr left
                && r.getRight() instanceof AtomicExprDescr right && r.getParameters() == null) {
            Condition comparison = comparison(left.getExpression().strip(), r.getOperator(), right.getExpression().strip(), type);
            return comparison != null && r.isNegated() ? new Condition.Not(comparison) : comparison;
        }
        return null;
    }

    private static Condition comparison(String left, String symbol, String right, Class<?> type) {
        Operator operator = Operator.ofSymbol(symbol).orElse(null);
        if (operator == null) {
            return null;
        }
        Class<?> leftType = fieldType(type, left);
        if (leftType != null) {
            Object value = literal(right, leftType);
            return value == NOT_A_LITERAL ? null : new Condition.Comparison(left, operator, value);
        }
        Class<?> rightType = fieldType(type, right);
        if (rightType != null) {
            Object value = literal(left, rightType);
            return value == NOT_A_LITERAL ? null : new Condition.Comparison(right, operator.flipped(), value);
        }
        return null;
    }

    private static final Object NOT_A_LITERAL = new Object();

    /** A literal typed after the field: null, a boolean, an enum constant (qualified or not) or a number. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object literal(String text, Class<?> fieldType) {
        if (text.equals("null")) {
            return null;
        }
        try {
            if (fieldType == Boolean.class || fieldType == boolean.class) {
                return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : NOT_A_LITERAL;
            }
            if (fieldType.isEnum()) {
                String name = text.substring(text.lastIndexOf('.') + 1);
                String qualifier = text.contains(".") ? text.substring(0, text.lastIndexOf('.')) : fieldType.getSimpleName();
                boolean sameType = qualifier.equals(fieldType.getSimpleName()) || qualifier.equals(fieldType.getName());
                return sameType ? Enum.valueOf((Class) fieldType, name) : NOT_A_LITERAL;
            }
            String number = text.replaceFirst("[dDfFlL]$", "");
            if (fieldType == Integer.class || fieldType == int.class) {
                return Integer.valueOf(number);
            }
            if (fieldType == Double.class || fieldType == double.class) {
                return Double.valueOf(number);
            }
        } catch (IllegalArgumentException e) {
            return NOT_A_LITERAL;
        }
        return NOT_A_LITERAL;
    }

    /** The type of a readable field (record component or getter) of {@code type}, or null. */
    static Class<?> fieldType(Class<?> type, String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return null;
        }
        for (String accessor : List.of(name, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
            try {
                Method method = type.getMethod(accessor);
                if (method.getParameterCount() == 0 && method.getReturnType() != void.class) {
                    return method.getReturnType();
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static Set<String> identifiers(String expression, Class<?> type) {
        Set<String> fields = new LinkedHashSet<>();
        Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(expression);
        while (m.find()) {
            if (fieldType(type, m.group()) != null && !m.group().equals("getClass")) {
                fields.add(m.group());
            }
        }
        return fields;
    }
}
