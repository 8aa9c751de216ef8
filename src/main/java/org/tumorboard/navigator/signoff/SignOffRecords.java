package org.tumorboard.navigator.signoff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tumorboard.navigator.audit.AuditHash;
import org.tumorboard.navigator.audit.BoundRecords;

/**
 * Reviews and comments as the audit chain binds them: each one's hash over what is stored of it (its id, every
 * column and the instant it was written), computed alike when it is recorded and when the chain is verified, from
 * the rows as they are (a forged verdict included).
 */
@Configuration(proxyBeanMethods = false)
public class SignOffRecords {

    static final String REVIEW = "review";
    static final String COMMENT = "comment";

    static String hash(Review r) {
        return review(r.id(), r.ruleId(), r.fingerprint(), r.reviewer(), r.verdict().name(), r.comment(),
                r.ruleText(), r.reviewedAt());
    }

    static String hash(Comment c) {
        return comment(c.id(), c.ruleId(), c.fingerprint(), c.author(), c.body(), c.writtenAt());
    }

    private static String review(long id, String ruleId, String fingerprint, String reviewer, String verdict,
                                 String comment, String ruleText, Instant at) {
        return AuditHash.of(REVIEW).add("id", id).add("rule", ruleId).add("fingerprint", fingerprint)
                .add("reviewer", reviewer).add("verdict", verdict).add("comment", comment).add("text", ruleText)
                .add("at", at).hex();
    }

    private static String comment(long id, String ruleId, String fingerprint, String author, String body, Instant at) {
        return AuditHash.of(COMMENT).add("id", id).add("rule", ruleId).add("fingerprint", fingerprint)
                .add("author", author).add("body", body).add("at", at).hex();
    }

    @Bean
    BoundRecords reviewRecords(JdbcClient jdbc) {
        return new Kind(REVIEW, () -> reviews(jdbc));
    }

    @Bean
    BoundRecords commentRecords(JdbcClient jdbc) {
        return new Kind(COMMENT, () -> comments(jdbc));
    }

    private static Map<Long, String> reviews(JdbcClient jdbc) {
        Map<Long, String> hashes = new HashMap<>();
        jdbc.sql("select id, rule_id, fingerprint, reviewer, verdict, comment, rule_text, created_at from review")
                .query((rs, n) -> hashes.put(rs.getLong("id"), review(rs.getLong("id"), rs.getString("rule_id"),
                        rs.getString("fingerprint"), rs.getString("reviewer"), rs.getString("verdict"),
                        rs.getString("comment"), rs.getString("rule_text"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))).list();
        return hashes;
    }

    private static Map<Long, String> comments(JdbcClient jdbc) {
        Map<Long, String> hashes = new HashMap<>();
        jdbc.sql("select id, rule_id, fingerprint, author, body, created_at from rule_comment")
                .query((rs, n) -> hashes.put(rs.getLong("id"), comment(rs.getLong("id"), rs.getString("rule_id"),
                        rs.getString("fingerprint"), rs.getString("author"), rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))).list();
        return hashes;
    }

    private record Kind(String kind, java.util.function.Supplier<Map<Long, String>> source) implements BoundRecords {
        @Override
        public Map<Long, String> hashes() {
            return source.get();
        }
    }
}
