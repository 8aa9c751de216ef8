package org.tumorboard.navigator.signoff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tumorboard.navigator.audit.AuditLog;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.web.Csv;

/**
 * The record a release is signed off with: for the loaded rule set, every rule's id, fingerprint, status, and the
 * reviewers of its current fingerprint with their verdicts and dates.
 */
@Component
public class ReviewExport {

    static final String TEXT_CSV = "text/csv";
    static final String CSV_HEADER = "rule_id,fingerprint,status,reviewer,verdict,reviewed_at,audit_head";

    /**
     * The whole record, with the audit chain's head when it was exported ({@code SEQUENCE:HASH}): a later removal of
     * entries is evident against it ({@code audit verify --head}).
     */
    public record SignOffRecord(String ruleSetVersion, int approvalsRequired, Instant exportedAt, String auditHead,
                                List<RuleSignOff> rules) {

        public SignOffRecord {
            rules = List.copyOf(rules);
        }
    }

    /** One rule's line of the record. */
    public record RuleSignOff(String ruleId, String fingerprint, ReviewStatus status, int approvals,
                              List<ReviewerVerdict> reviewers, Instant firstReviewedAt, Instant lastReviewedAt) {

        public RuleSignOff {
            reviewers = List.copyOf(reviewers);
        }
    }

    /** A reviewer's latest verdict on the rule's current fingerprint. */
    public record ReviewerVerdict(String reviewer, Verdict verdict, Instant reviewedAt) {
    }

    private final RuleEngine engine;
    private final Reviews reviews;
    private final Clock clock;
    private final AuditLog audit;

    ReviewExport(RuleEngine engine, Reviews reviews, Clock clock, AuditLog audit) {
        this.engine = engine;
        this.reviews = reviews;
        this.clock = clock;
        this.audit = audit;
    }

    public SignOffRecord record() {
        String version = engine.ruleSet().version();
        List<RuleSignOff> rules = reviews.all().values().stream().map(r -> new RuleSignOff(r.ruleId(), r.fingerprint(),
                r.status(), r.approvals(),
                r.current().stream().map(v -> new ReviewerVerdict(v.reviewer(), v.verdict(), v.reviewedAt())).toList(),
                r.firstReviewedAt().orElse(null), r.lastReviewedAt().orElse(null))).toList();
        return new SignOffRecord(version, reviews.approvalsRequired(), Instant.now(clock), audit.head().toString(),
                rules);
    }

    /** One row per reviewer of each rule's current fingerprint; a rule nobody reviewed gets one row without one. */
    public String csv(SignOffRecord record) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (RuleSignOff rule : record.rules()) {
            if (rule.reviewers().isEmpty()) {
                row(csv, rule.ruleId(), rule.fingerprint(), rule.status().name(), "", "", "", record.auditHead());
            }
            for (ReviewerVerdict v : rule.reviewers()) {
                row(csv, rule.ruleId(), rule.fingerprint(), rule.status().name(), v.reviewer(), v.verdict().name(),
                        v.reviewedAt().toString(), record.auditHead());
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        csv.append(Csv.row(cells));
    }
}
