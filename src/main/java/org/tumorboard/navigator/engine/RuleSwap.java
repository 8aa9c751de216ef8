package org.tumorboard.navigator.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A private copy of a rule set in which one rule at a time can be replaced by other DRL text, without rebuilding
 * the rule base: the rule is removed, the replacement compiled on its own (with its file's package, imports and
 * functions, against the rule base so that it sees the declared types) and added; {@link #restore()} puts the
 * original back the same way. For rule mutation testing. Not thread-safe; its {@link #engine()} evaluates whatever
 * is in place.
 */
public final class RuleSwap {

    private final RuleSet ruleSet;
    private final RuleEngine engine;
    private final Map<String, String> headers = new TreeMap<>();
    private String swapped;

    private RuleSwap(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.engine = new RuleEngine(ruleSet);
    }

    /** Loads its own copy of the rule set in a directory (one full build). */
    public static RuleSwap load(Path rulesDirectory) {
        return new RuleSwap(RuleSetLoader.load(rulesDirectory));
    }

    public RuleEngine engine() {
        return engine;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Replaces a rule by other text (from {@code rule "..."} to {@code end}; same name and metadata). Returns the
     * compiler's problems, with the original rule back in place, or an empty list once the replacement is in.
     * Replacing the same rule again swaps one replacement for the next without restoring in between.
     */
    public List<String> replace(String ruleId, String ruleText) {
        if (swapped != null && !swapped.equals(ruleId)) {
            restore();
        }
        RuleInfo rule = ruleSet.rule(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        KieBase kieBase = ruleSet.kieBase();
        String pkg = packageOf(rule);
        kieBase.removeRule(pkg, rule.title());
        List<String> problems = add(rule, ruleText);
        if (!problems.isEmpty()) {
            swapped = null;
            List<String> back = add(rule, rule.drl());
            if (!back.isEmpty()) {
                throw new IllegalStateException("cannot put back " + ruleId + ": " + back);
            }
            return problems;
        }
        swapped = ruleId;
        return List.of();
    }

    /** Puts the original of the replaced rule back. */
    public void restore() {
        if (swapped == null) {
            return;
        }
        RuleInfo rule = ruleSet.rule(swapped).orElseThrow();
        ruleSet.kieBase().removeRule(packageOf(rule), rule.title());
        swapped = null;
        List<String> problems = add(rule, rule.drl());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("cannot put back " + rule.id() + ": " + problems);
        }
    }

    private List<String> add(RuleInfo rule, String ruleText) {
        String source = header(rule) + "\n" + ruleText + "\n";
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(ruleSet.kieBase());
        builder.add(ResourceFactory.newByteArrayResource(source.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(rule.file()), ResourceType.DRL);
        List<String> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            problems.add(error.getMessage().replaceAll("\\s+", " ").strip());
        }
        if (problems.isEmpty()) {
            ((InternalKnowledgeBase) ruleSet.kieBase()).addPackages(builder.getKnowledgePackages());
        }
        return problems;
    }

    /** The file's text before its first rule: package, imports, functions. */
    private String header(RuleInfo rule) {
        return headers.computeIfAbsent(rule.file(), f -> {
            String text = RuleSetLoader.readFile(ruleSet.directory().resolve(f));
            int first = text.indexOf("\nrule ");
            return first < 0 ? text : text.substring(0, first);
        });
    }

    private String packageOf(RuleInfo rule) {
        return ruleSet.kieBase().getKiePackages().stream()
                .filter(p -> p.getRules().stream().anyMatch(r -> r.getName().equals(rule.title())))
                .map(p -> p.getName()).findFirst().orElseThrow();
    }
}
