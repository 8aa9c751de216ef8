package org.tumorboard.navigator.drools;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The guard rails of a rule file, checked on the parsed file before anything is compiled, each problem as
 * {@code file:line: message}. A rule states conditions and inserts its conclusion, nothing else:
 * <ul>
 *   <li>no rule attribute ({@code salience}, {@code agenda-group}, {@code activation-group}, {@code no-loop},
 *   {@code lock-on-active}, {@code timer}, {@code dialect}, …): no result may depend on the order rules fire in;</li>
 *   <li>no global, function, query, rule inheritance, package attribute or function import;</li>
 *   <li>conditions are patterns of the case or of a fact type the rule set declares, each alone or under
 *   {@code not}, with no binding ({@code $size : tumorSizeCm}) and no {@code eval}, {@code or}, {@code exists},
 *   {@code forall}, {@code from}, {@code accumulate} or {@code collect};</li>
 *   <li>a consideration rule's consequence is exactly {@code insertLogical(Conclusion.of(drools));}, a
 *   {@code @derived} rule's exactly {@code insertLogical(new T());} with {@code T} declared in the rule set;</li>
 *   <li>every import is used.</li>
 * </ul>
 * That a constraint reads only the case's fields and compares them with values is checked once the rules are
 * compiled ({@link DroolsRuleBase}).
 */
final class DrlGuard {

    static final String DERIVED = "derived";
    private static final Pattern CONCLUSION = Pattern.compile("insertLogical\\(Conclusion\\.of\\(drools\\)\\);");
    private static final Pattern DERIVATION = Pattern.compile("insertLogical\\(new ([A-Za-z_][A-Za-z0-9_]*)\\(\\)\\);");
    private static final Pattern BINDING = Pattern.compile("(^|[^\\w$])\\$[A-Za-z0-9_]*\\s*:");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private final String file;
    private final String factType;
    private final Set<String> declared;
    private final List<String> problems;
    private List<String> lines = List.of();

    private DrlGuard(String file, String factType, Set<String> declared, List<String> problems) {
        this.file = file;
        this.factType = factType;
        this.declared = declared;
        this.problems = problems;
    }

    /**
     * Checks one parsed file.
     *
     * @param factType the simple name of the case's fact type
     * @param declared the simple names of the fact types the rule set's files declare
     */
    static void check(String file, String text, PackageDescr pkg, String factType, Set<String> declared,
                      List<String> problems) {
        new DrlGuard(file, factType, declared, problems).check(text, pkg);
    }

    /** The fact type a {@code @derived} rule's consequence inserts (null where it is not of the one allowed form). */
    static String derivedType(RuleDescr rule) {
        Matcher m = DERIVATION.matcher(statement(rule));
        return m.matches() ? m.group(1) : null;
    }

    private void check(String text, PackageDescr pkg) {
        lines = text.lines().toList();
        for (AttributeDescr attribute : pkg.getAttributes()) {
            problem(attribute.getLine(), "the file sets \"" + attribute.getName() + "\" for its rules; rule attributes "
                    + "are not used in this rule set (remove it)");
        }
        for (GlobalDescr global : pkg.getGlobals()) {
            problem(global.getLine(), "global " + global.getIdentifier() + ": rules have no globals (a rule inserts "
                    + "its conclusion and nothing else)");
        }
        pkg.getFunctions().forEach(f -> problem(f.getLine(), "function " + f.getName()
                + ": rule files declare no functions"));
        pkg.getFunctionImports().forEach(f -> problem(f.getLine(), "import function " + f.getTarget()
                + ": rule files import no functions"));
        imports(text, pkg);
        for (RuleDescr rule : pkg.getRules()) {
            rule(rule);
        }
    }

    private void imports(String text, PackageDescr pkg) {
        String code = COMMENT.matcher(text).replaceAll(" ").replaceAll("(?m)^\\s*import\\s[^\\n]*", " ");
        for (ImportDescr imported : pkg.getImports()) {
            String target = imported.getTarget();
            String simple = target.substring(target.lastIndexOf('.') + 1);
            if (simple.equals("*")) {
                problem(imported.getLine(), "import " + target + ": import each class the file uses by name");
            } else if (!Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(code).find()) {
                problem(imported.getLine(), "import " + target + " is not used (remove it)");
            }
        }
    }

    private void rule(RuleDescr rule) {
        String where = "rule \"" + rule.getName() + "\": ";
        if (rule.isQuery()) {
            problem(rule.getLine(), "query \"" + rule.getName() + "\": rule files hold rules only");
            return;
        }
        rule.getAttributes().values().forEach(a -> problem(a.getLine() > 0 ? a.getLine() : rule.getLine(), where
                + "the attribute \"" + a.getName() + "\" orders or gates rule firing; no rule of this rule set "
                + "uses attributes (remove it: each rule states its conditions, and the result never depends on "
                + "the order rules fire in)"));
        if (rule.getParentName() != null) {
            problem(rule.getLine(), where + "extends \"" + rule.getParentName() + "\"; a rule states all its conditions");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            problem(rule.getLine(), where + "has named consequences; a rule has one consequence");
        }
        rule.getLhs().getDescrs().forEach(d -> condition(rule, d, false));
        consequence(rule, where);
    }

    private void condition(RuleDescr rule, BaseDescr descr, boolean underNot) {
        String where = "rule \"" + rule.getName() + "\": ";
        int line = descr.getLine() > 0 ? descr.getLine() : rule.getLine();
        if (descr instanceof NotDescr not && !underNot && not.getDescrs().size() == 1) {
            condition(rule, not.getDescrs().get(0), true);
        } else if (descr instanceof PatternDescr pattern) {
            if (pattern.getSource() != null) {
                problem(line, where + "a condition uses \"" + kind(pattern.getSource()) + "\"; conditions are "
                        + "patterns of the case or of a derived fact");
            }
            String type = pattern.getObjectType();
            if (!type.equals(factType) && !declared.contains(type)) {
                problem(line, where + "the condition on " + type + " is neither the case (" + factType
                        + ") nor a fact type the rule set declares");
            }
            if (pattern.getIdentifier() != null || pattern.getDescrs().stream().anyMatch(DrlGuard::binds)) {
                problem(line, where + "a condition binds a variable ($…:); nothing may use it, since the "
                        + "consequence only inserts the conclusion and its reasons are read from the conditions (remove it)");
            }
        } else {
            problem(line, where + "\"" + kind(descr) + "\" is not used in this rule set's conditions: a condition is "
                    + "a pattern of the case or of a derived fact, alone or under not (combine constraints with "
                    + "&&, || and ! inside one pattern)");
        }
    }

    private static boolean binds(BaseDescr descr) {
        if (descr instanceof BindingDescr) {
            return true;
        }
        if (descr instanceof ExprConstraintDescr expr) {
            return BINDING.matcher(expr.getExpression()).find();
        }
        if (descr instanceof ConditionalElementDescr element) {
            return element.getDescrs().stream().anyMatch(DrlGuard::binds);
        }
        return false;
    }

    private void consequence(RuleDescr rule, String where) {
        boolean derivation = rule.getAnnotation(DERIVED) != null;
        String statement = statement(rule);
        int line = consequenceLine(rule);
        if (derivation) {
            String type = derivedType(rule);
            if (type == null) {
                problem(line, where + "a @derived rule's consequence is exactly insertLogical(new T()); for a "
                        + "fact type T the rule set declares");
            } else if (!declared.contains(type)) {
                problem(line, where + "inserts " + type + ", which the rule set does not declare (declare " + type
                        + " end)");
            }
        } else if (!CONCLUSION.matcher(statement).matches()) {
            problem(line, where + "the consequence is exactly insertLogical(Conclusion.of(drools)); (a rule inserts "
                    + "its conclusion and nothing else; its reasons are read from its conditions)");
        }
    }

    /** The line where the consequence's first statement stands (the {@code then} line where it cannot be found). */
    private int consequenceLine(RuleDescr rule) {
        int then = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine();
        String first = String.valueOf(rule.getConsequence()).strip().lines().findFirst().orElse("").strip();
        for (int i = then; i <= lines.size() && !first.isEmpty(); i++) {
            String line = lines.get(i - 1).strip();
            if (line.equals("end")) {
                break;
            }
            if (line.contains(first)) {
                return i;
            }
        }
        return then;
    }

    /** The consequence without comments, its white space normalised ({@code new T} keeps one space). */
    private static String statement(RuleDescr rule) {
        String text = COMMENT.matcher(String.valueOf(rule.getConsequence())).replaceAll(" ");
        return text.replaceAll("\\bnew\\s+", "new\u0000").replaceAll("\\s+", "").replace('\u0000', ' ');
    }

    private static String kind(Object descr) {
        String name = descr.getClass().getSimpleName().replace("Descr", "");
        return name.isEmpty() ? "?" : name.toLowerCase(Locale.ROOT);
    }

    private void problem(int line, String message) {
        problems.add(file + ":" + Math.max(line, 0) + ": " + message);
    }
}
