package org.tumorboard.navigator.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.signoff.Review;
import org.tumorboard.navigator.signoff.ReviewRepository;
import org.tumorboard.navigator.signoff.Verdict;

/** {@code user add|list|disable} and {@code verify --require-approved}, in process, on an in-memory H2 database. */
class ReviewCommandsTests {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void standardInput() {
        UserCommand.passwordSource = System.in;
        UserCommand.terminal = null;
    }

    /** On a terminal: two prompts, the password read without echo (never from standard input), both entries alike. */
    @Test
    void onATerminalThePasswordIsAskedTwiceWithoutEcho() {
        List<String> prompts = new java.util.ArrayList<>();
        java.util.Deque<String> typed = new java.util.ArrayDeque<>(List.of("a long enough password",
                "a long enough password", "a long enough password", "a different password!"));
        UserCommand.terminal = prompt -> {
            prompts.add(prompt);
            return typed.pop().toCharArray();
        };
        assertThat(run("not this line\n", "user", "add", "ann", "--role", "REVIEWER")).isZero();
        assertThat(prompts).containsExactly("Password for ann (at least 12 characters): ", "The same password again: ");
        assertThat(run("", "user", "add", "bob", "--role", "REVIEWER")).isEqualTo(Commands.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the two entries differ");
        UserCommand.terminal = null;
        assertThat(run("", "user", "list")).isZero();
        assertThat(stdout().lines().toList()).containsExactly("ann\tREVIEWER\tenabled");
    }

    private int run(String stdin, String... args) {
        UserCommand.passwordSource = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        out.reset();
        err.reset();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--spring.datasource.url=" + url)).toArray(String[]::new);
        return new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestRuleSets.STARTER).run(all);
    }

    /** The same database as the commands (Boot names the embedded database's user {@code sa}). */
    private JdbcDataSource database() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        return db;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void accountsAreAddedListedAndDisabledFromTheCommandLine() {
        assertThat(run("a long enough password\n", "user", "add", "ann", "--role", "REVIEWER")).isZero();
        assertThat(run("another long password\n", "user", "add", "max", "--role=maintainer")).isZero();
        assertThat(run("", "user", "disable", "ann")).isZero();
        assertThat(run("", "user", "list")).isZero();
        assertThat(stdout().lines().toList()).containsExactly("ann\tREVIEWER\tdisabled", "max\tMAINTAINER\tenabled");
        assertThat(JdbcClient.create(database()).sql("select password_hash from account where username = 'max'")
                .query(String.class).single()).startsWith("{bcrypt}").doesNotContain("another long password");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("short\n", List.of("user", "add", "ann", "--role", "REVIEWER"), "password: at least 12 characters"),
                Arguments.of("", List.of("user", "add", "ann", "--role", "REVIEWER"), "password: give it on standard input"),
                Arguments.of("a long enough password\n", List.of("user", "add", "ann", "--role", "ADMIN"),
                        "--role: REVIEWER or MAINTAINER, not ADMIN"),
                Arguments.of("a long enough password\n", List.of("user", "add", "a b", "--role", "REVIEWER"), "NAME: "),
                Arguments.of("", List.of("user", "disable", "nobody"), "no account named nobody"),
                Arguments.of("", List.of("user", "remove", "ann"), "usage: java -jar tumor-board.jar user add NAME"),
                Arguments.of("", List.of("user", "add", "ann"), "usage: java -jar tumor-board.jar user add NAME"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void mistakesExitTwoWithAMessage(String stdin, List<String> args, String message) {
        assertThat(run(stdin, args.toArray(String[]::new))).isEqualTo(Commands.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(message);
    }

    @Test
    void theReleaseGateFailsUntilEveryRuleIsApprovedOnItsCurrentFingerprint() {
        assertThat(run("", "verify", "--require-approved")).isEqualTo(Commands.FAILED);
        assertThat(stdout()).contains("ire-devices.drl:6: rule IRE-PACEMAKER is UNREVIEWED, not APPROVED (0 of 2")
                .contains("release gate: 0 of 4 rules approved on their current fingerprint");
        assertThat(run("", "verify")).as("without the flag the database is not read").isZero();

        ReviewRepository reviews = new ReviewRepository(JdbcClient.create(database()));
        RuleSet ruleSet = TestRuleSets.starterEngine().ruleSet();
        for (RuleInfo rule : ruleSet.rules()) {
            for (String reviewer : List.of("ann", "bob")) {
                reviews.add(new Review(0, rule.id(), ruleSet.fingerprint(rule.id()).orElseThrow(), reviewer,
                        Verdict.FAITHFUL, null, rule.drl(), Instant.now()));
            }
        }
        assertThat(run("", "verify", "--require-approved")).as(stdout()).isZero();
        assertThat(stdout().lines().toList()).endsWith("release gate: 4 of 4 rules approved on their current fingerprint");
    }
}
