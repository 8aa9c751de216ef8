package org.tumorboard.navigator.drools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.lang.descr.CompositePackageDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.conditions.PatternCondition;
import org.tumorboard.navigator.conditions.RuleConditions;

/**
 * The adapter to Drools: the one package of the app that uses Drools' APIs, so that a Drools upgrade touches it
 * alone. A rule base compiled from a rule set's DRL files (classic DRL, parsed once per file, so errors carry exact
 * lines), checked against the {@linkplain DrlGuard guard rails}, with each rule's metadata and conditions; it
 * evaluates one fact at a time in a pooled session, safe under concurrent use. Every problem is reported as
 * {@code file:line: message} with the file as the caller named it.
 */
public final class DroolsRuleBase {

    /** The metadata key of a rule's stable id ({@code @id("IRE-PACEMAKER")}). */
    public static final String ID = "id";

    private final InternalKnowledgeBase kieBase;
    private final KieSessionsPool sessions;
    private final Class<?> factClass;
    private final ConditionReader reader;
    /** Each file's text before its first rule (package, imports, declarations), by file. */
    private final Map<String, String> headers = new HashMap<>();
    private final SortedMap<String, String> sources;
    private final Map<String, CompiledRule> byName = new HashMap<>();
    private final List<CompiledRule> rules = new ArrayList<>();
    private volatile Set<String> derivations;

    private DroolsRuleBase(InternalKnowledgeBase kieBase, Class<?> factClass, SortedMap<String, String> sources,
                           Map<String, RuleDescr> parsed) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.factClass = factClass;
        this.reader = new ConditionReader(kieBase);
        this.sources = sources;
        sources.forEach((file, text) -> {
            int first = text.indexOf("\nrule ");
            headers.put(file, first < 0 ? text : text.substring(0, first));
        });
        kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).forEach(rule -> {
            RuleDescr descr = parsed.get(rule.getName());
            CompiledRule compiled = describe(rule, descr == null ? 0 : descr.getLine(),
                    descr == null ? null : DrlGuard.derivedType(descr));
            rules.add(compiled);
            byName.put(rule.getName(), compiled);
        });
        rules.sort(Comparator.comparing(CompiledRule::file).thenComparingInt(CompiledRule::line));
    }

    /**
     * Parses, checks and compiles the files (file name to DRL text) together, so that one file may use a fact type
     * another declares; {@code factClass} is the one fact the rules are given. Returns null, with every problem
     * added, if any file does not parse, breaks a guard rail or does not compile, or any constraint is not a
     * comparison of one of the fact's fields with a value.
     */
    public static DroolsRuleBase compile(SortedMap<String, String> sources, Class<?> factClass, List<String> problems) {
        int before = problems.size();
        List<PackageDescr> packages = new ArrayList<>();
        sources.forEach((file, text) -> {
            PackageDescr parsed = parse(file, text, problems);
            if (parsed != null) {
                packages.add(parsed);
            }
        });
        if (problems.size() > before) {
            return null;   // a file that does not parse makes Drools report knock-on errors in the others
        }
        Set<String> declared = new HashSet<>();
        packages.forEach(p -> p.getTypeDeclarations().forEach(t -> declared.add(t.getTypeName())));
        Map<String, RuleDescr> rules = new HashMap<>();
        for (PackageDescr pkg : packages) {
            String file = pkg.getResource().getSourcePath();
            DrlGuard.check(file, sources.get(file), pkg, factClass.getSimpleName(), declared, problems);
            pkg.getRules().forEach(r -> rules.put(r.getName(), r));
        }
        if (problems.size() > before) {
            return null;
        }
        InternalKnowledgeBase kieBase = build(packages, problems);
        if (kieBase == null) {
            return null;
        }
        DroolsRuleBase base = new DroolsRuleBase(kieBase, factClass, sources, rules);
        base.rules.forEach(rule -> base.understood(rule, problems));
        return problems.size() > before ? null : base;
    }

    /** Every rule, in file then line order. */
    public List<CompiledRule> rules() {
        return List.copyOf(rules);
    }

    /**
     * Inserts the fact, fires every rule, and returns the rules whose conclusion holds and every rule that fired:
     * each derivation rule that fired, and each other rule whose conclusion holds at the end (one that fired and had
     * its conclusion withdrawn, when a {@code not} pattern stopped holding, did not apply, so it does not count).
     * The session comes from a pool and is reset when it goes back, so no fact of one call survives into the next.
     */
    public Firing fire(Object fact) {
        Set<String> fired = new TreeSet<>();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(String.valueOf(event.getMatch().getRule().getMetaData().get(ID)));
            }
        };
        Set<String> concluded = new LinkedHashSet<>();
        KieSession session = sessions.newKieSession();
        session.addEventListener(listener);
        try {
            session.insert(fact);
            session.fireAllRules();
            for (Object o : session.getObjects(new ClassObjectFilter(Conclusion.class))) {
                concluded.add(((Conclusion) o).ruleId());
            }
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
        fired.removeIf(id -> !concluded.contains(id) && !derivations().contains(id));
        return new Firing(List.copyOf(concluded), new TreeSet<>(fired));
    }

    private Set<String> derivations() {
        Set<String> ids = derivations;
        if (ids == null) {
            ids = rules.stream().filter(r -> r.metadata().containsKey(DrlGuard.DERIVED))
                    .map(r -> String.valueOf(r.metadata().get(ID))).collect(java.util.stream.Collectors.toUnmodifiableSet());
            derivations = ids;
        }
        return ids;
    }

    /**
     * Replaces one rule by other text (from {@code rule "..."} to {@code end}, same name), compiled on its own with
     * its file's header against this rule base, without rebuilding it. Returns the compiler's problems, with the
     * original rule back in place, or none once the replacement is in. For rule mutation testing; not thread-safe
     * against evaluations of this rule base.
     *
     * @param original the rule's text now, put back if the replacement does not compile
     */
    public List<String> replace(String ruleName, String text, String original) {
        CompiledRule rule = byName.get(ruleName);
        if (rule == null) {
            throw new IllegalArgumentException("no rule " + ruleName);
        }
        kieBase.removeRule(packageOf(ruleName), ruleName);
        List<String> problems = add(rule, text);
        if (!problems.isEmpty()) {
            List<String> back = add(rule, original);
            if (!back.isEmpty()) {
                throw new IllegalStateException("cannot put back " + ruleName + ": " + back);
            }
        }
        return problems;
    }

    /** The conditions of the rule now in the rule base under this name (after a {@link #replace}, the new ones). */
    public RuleConditions conditions(String ruleName) {
        CompiledRule rule = byName.get(ruleName);
        Rule now = kieBase.getRule(packageOf(ruleName), ruleName);
        return rule == null || now == null ? null
                : reader.read(now, rule.conditions().ruleId(), rule.conditions().derives());
    }

    private String packageOf(String ruleName) {
        return kieBase.getKiePackages().stream()
                .filter(p -> p.getRules().stream().anyMatch(r -> r.getName().equals(ruleName)))
                .map(p -> p.getName()).findFirst().orElse("");
    }

    private List<String> add(CompiledRule rule, String text) {
        String source = headers.get(rule.file()) + "\n" + text + "\n";
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
        builder.add(ResourceFactory.newByteArrayResource(source.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(rule.file()), ResourceType.DRL);
        List<String> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            problems.add(oneLine(error.getMessage()));
        }
        if (problems.isEmpty()) {
            kieBase.addPackages(builder.getKnowledgePackages());
        }
        return problems;
    }

    private CompiledRule describe(Rule rule, int line, String derives) {
        Object id = rule.getMetaData().get(ID);
        RuleConditions conditions = reader.read(rule, id == null ? null : id.toString(),
                derives == null ? Set.of() : Set.of(derives));
        return new CompiledRule(rule.getName(), fileOf(((RuleImpl) rule).getResource()), line, rule.getMetaData(),
                conditions);
    }

    /** A constraint the condition reader cannot break down (a method call, a field compared with a field) is refused. */
    private void understood(CompiledRule rule, List<String> problems) {
        for (PatternCondition pattern : rule.conditions().patterns()) {
            for (PatternCondition.Constraint constraint : pattern.constraints()) {
                if (opaque(constraint.condition())) {
                    problems.add(rule.file() + ":" + lineOf(rule, constraint.expression()) + ": rule \"" + rule.name() + "\": the constraint «"
                            + constraint.expression() + "» is not a comparison of a " + factClass.getSimpleName()
                            + " field with a value (==, !=, <, <=, >, >=, in), combined with &&, || and !");
                }
            }
        }
    }

    /** The line of the rule's text where an expression starts (the rule's line where it cannot be found). */
    private int lineOf(CompiledRule rule, String expression) {
        List<String> lines = sources.getOrDefault(rule.file(), "").lines().toList();
        String start = expression.strip().lines().findFirst().orElse("").strip();
        for (int i = Math.max(rule.line() - 1, 0); i < lines.size() && !start.isEmpty(); i++) {
            if (lines.get(i).contains(start)) {
                return i + 1;
            }
            if (lines.get(i).strip().equals("end")) {
                break;
            }
        }
        return rule.line();
    }

    private static boolean opaque(Condition condition) {
        if (condition instanceof Condition.AllOf all) {
            return all.parts().stream().anyMatch(DroolsRuleBase::opaque);
        }
        if (condition instanceof Condition.AnyOf any) {
            return any.parts().stream().anyMatch(DroolsRuleBase::opaque);
        }
        if (condition instanceof Condition.Not not) {
            return opaque(not.part());
        }
        return condition instanceof Condition.Opaque;
    }

    private static PackageDescr parse(String file, String text, List<String> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(file + ":0: " + oneLine(e.getMessage()));
            return null;
        }
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            problems.add(file + ":" + (lines != null && lines.length > 0 ? lines[0] : 0) + ": " + oneLine(error.getMessage()));
        }
        if (parsed == null || parser.hasErrors()) {
            return null;
        }
        Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(file);
        resource.setResourceType(ResourceType.DRL);
        parsed.setResource(resource);
        return parsed;
    }

    private static InternalKnowledgeBase build(List<PackageDescr> parsed, List<String> problems) {
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.buildPackages(parsed.stream().map(p -> new CompositePackageDescr(p.getResource(), p)).toList());
        List<KnowledgeBuilderResult> errors = builder.getResults(ResultSeverity.ERROR).stream()
                .sorted(Comparator.comparing((KnowledgeBuilderResult e) -> fileOf(e.getResource()))
                        .thenComparingInt(DroolsRuleBase::lineOf))
                .toList();
        if (!errors.isEmpty()) {
            errors.forEach(e -> problems.add(fileOf(e.getResource()) + ":" + lineOf(e) + ": " + oneLine(e.getMessage())));
            return null;
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static String fileOf(Resource resource) {
        return resource == null || resource.getSourcePath() == null ? "?" : resource.getSourcePath();
    }

    private static int lineOf(KnowledgeBuilderResult result) {
        int[] lines = result.getLines();
        return lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
