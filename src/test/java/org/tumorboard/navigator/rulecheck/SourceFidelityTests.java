package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.catalogue.Claim;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;

/**
 * The rules' quotations and citations against the sources: every passage and news claim is the source's own words,
 * its "..." joining passages in the source's order, and every reference number a rule's text cites is in its
 * {@code @refs}, and every one of its {@code @refs} is cited in its text.
 */
class SourceFidelityTests {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d[\\d,\\s\\-–]*)]");

    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        engine = RuleEngine.load(TestRuleSets.REAL);
    }

    @Test
    void everyPassageQuotesTheReviewInItsOrder() throws IOException {
        String review = source("000_");
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : engine.ruleSet().rules()) {
            if (rule.passage() != null) {
                Sources.outOfOrder(review, rule.passage()).ifPresent(p -> problems.add(rule.id() + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyNewsClaimQuotesTheArticleInItsOrderAndNamesItsSpeakers() throws IOException {
        String article = source("001_");
        for (Claim claim : engine.ruleSet().literature().claims()) {
            assertThat(Sources.outOfOrder(article, claim.claim())).as(claim.claim()).isEmpty();
            assertThat(claim.saidBy()).as(claim.claim()).isNotBlank();
        }
    }

    @Test
    void aPassageInReverseOrderOrNotInTheSourceIsFound() {
        String source = "First sentence here. Some text between. Second sentence follows.";
        assertThat(Sources.outOfOrder(source, "First sentence here. ... Second sentence follows.")).isEmpty();
        assertThat(Sources.outOfOrder(source, "Second sentence follows. ... First sentence here.")).get().asString()
                .startsWith("before the passage it follows");
        assertThat(Sources.outOfOrder(source, "A sentence nobody wrote.")).get().asString().startsWith("not in the source");
        assertThat(Sources.outOfOrder("Cryoshock is charac-\nterized by failure.", "Cryoshock is characterized by failure."))
                .isEmpty();
    }

    @Test
    void everyReferenceARuleCitesIsInItsRefsAndEveryRefIsCited() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : engine.ruleSet().rules()) {
            Set<Integer> cited = cited(rule.title() + " " + Objects.toString(rule.explanation(), "") + " "
                    + Objects.toString(rule.passage(), ""));
            Set<Integer> refs = new TreeSet<>();
            rule.citations().stream().map(Citation::reviewRef).filter(Objects::nonNull).forEach(refs::add);
            if (!cited.equals(refs)) {
                Set<Integer> uncited = new TreeSet<>(refs);
                uncited.removeAll(cited);
                cited.removeAll(refs);
                problems.add(rule.id() + ": cited but not in @refs " + cited + ", in @refs but not cited " + uncited);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void citationsAreReadWithTheirRanges() {
        assertThat(cited("as [36-38] and [45,101-104] report, not 2021")).containsExactly(36, 37, 38, 45, 101, 102, 103, 104);
    }

    /** The reference numbers of the text's bracketed citations, ranges expanded. */
    private static Set<Integer> cited(String text) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split("[,\\s]+")) {
                String[] range = part.split("[-–]");
                if (range.length == 2) {
                    for (int n = Integer.parseInt(range[0]); n <= Integer.parseInt(range[1]); n++) {
                        numbers.add(n);
                    }
                } else if (!part.isEmpty()) {
                    numbers.add(Integer.parseInt(part));
                }
            }
        }
        return numbers;
    }

    private static String source(String prefix) throws IOException {
        Optional<Path> file = Sources.file(prefix);
        assumeTrue(file.isPresent(), "the sources (seeds/" + prefix + "*.txt) are not on this machine");
        return Files.readString(file.get());
    }
}
