package org.tumorboard.navigator.signoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reviews and discussion comments: added and read, never changed. */
@Repository
public class ReviewRepository {

    private static final String REVIEW_COLUMNS =
            "id, rule_id, fingerprint, reviewer, verdict, comment, rule_text, created_at";
    private static final String COMMENT_COLUMNS = "id, rule_id, fingerprint, author, body, created_at";

    private final JdbcClient jdbc;

    public ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Review add(Review review) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into review (rule_id, fingerprint, reviewer, verdict, comment, rule_text, created_at) "
                        + "values (:ruleId, :fingerprint, :reviewer, :verdict, :comment, :ruleText, :at)")
                .param("ruleId", review.ruleId())
                .param("fingerprint", review.fingerprint())
                .param("reviewer", review.reviewer())
                .param("verdict", review.verdict().name())
                .param("comment", review.comment())
                .param("ruleText", review.ruleText())
                .param("at", utc(review.reviewedAt()))
                .update(key, "id");
        return new Review(key.getKeyAs(Number.class).longValue(), review.ruleId(), review.fingerprint(),
                review.reviewer(), review.verdict(), review.comment(), review.ruleText(), review.reviewedAt());
    }

    /** The rule's reviews, oldest first. */
    public List<Review> reviewsOf(String ruleId) {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from review where rule_id = :ruleId order by id")
                .param("ruleId", ruleId).query(ReviewRepository::review).list();
    }

    /** Every review, grouped by rule id, oldest first. */
    public Map<String, List<Review>> allReviews() {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from review order by id")
                .query(ReviewRepository::review).list().stream()
                .collect(Collectors.groupingBy(Review::ruleId));
    }

    public Comment add(Comment comment) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_comment (rule_id, fingerprint, author, body, created_at) "
                        + "values (:ruleId, :fingerprint, :author, :body, :at)")
                .param("ruleId", comment.ruleId())
                .param("fingerprint", comment.fingerprint())
                .param("author", comment.author())
                .param("body", comment.body())
                .param("at", utc(comment.writtenAt()))
                .update(key, "id");
        return new Comment(key.getKeyAs(Number.class).longValue(), comment.ruleId(), comment.fingerprint(),
                comment.author(), comment.body(), comment.writtenAt());
    }

    /** The rule's discussion, oldest first. */
    public List<Comment> commentsOn(String ruleId) {
        return jdbc.sql("select " + COMMENT_COLUMNS + " from rule_comment where rule_id = :ruleId order by id")
                .param("ruleId", ruleId)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getString("rule_id"), rs.getString("fingerprint"),
                        rs.getString("author"), rs.getString("body"), instant(rs, "created_at")))
                .list();
    }

    private static Review review(ResultSet rs, int row) throws SQLException {
        return new Review(rs.getLong("id"), rs.getString("rule_id"), rs.getString("fingerprint"),
                rs.getString("reviewer"), Verdict.valueOf(rs.getString("verdict")), rs.getString("comment"),
                rs.getString("rule_text"), instant(rs, "created_at"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
