package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tumorboard.navigator.TestDatabases;
import org.tumorboard.navigator.TestDatabases.Vendor;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditChain;
import org.tumorboard.navigator.audit.AuditLog;

/**
 * Tampering through the database is evident: a database user can always write its own tables (here through JDBC,
 * the append-only trigger dropped where it would refuse), and the chain's verification names the first entry or
 * record that no longer matches, on H2 and PostgreSQL alike.
 */
class AuditTamperTests {

    private JdbcClient jdbc;
    private AuditLog log;
    private AuditChain chain;
    private Vendor vendor;

    /** A record with three reviews, a comment and a sign-in: seven entries. */
    private void record(Vendor vendor) {
        this.vendor = vendor;
        DataSource dataSource = TestDatabases.migrated(vendor);
        jdbc = JdbcClient.create(dataSource);
        log = new AuditLog(jdbc, Clock.systemUTC());
        SignOffRecords records = new SignOffRecords();
        chain = new AuditChain(log, List.of(records.reviewRecords(jdbc), records.commentRecords(jdbc)));
        Reviews reviews = new Reviews(TestRuleSets.starterEngine(), new ReviewRepository(jdbc), log,
                new ReviewProperties(2), Clock.systemUTC());
        log.record("ann", AuditAction.SIGN_IN, "ann", "form");
        reviews.record("IRE-PACEMAKER", "ann", new ReviewRequest("FAITHFUL", null, null));
        reviews.record("IRE-PACEMAKER", "bob", new ReviewRequest("NEEDS_CHANGE", "Cite [40] in the title.", null));
        reviews.record("IRE-METAL-STENT", "ann", new ReviewRequest("FAITHFUL", null, null));
        reviews.comment("IRE-METAL-STENT", "bob", "Which stent types does [67] mean?");
        log.record("bob", AuditAction.SIGN_OUT, "bob", null);
        log.record("max", AuditAction.RELOAD, "abc123", "accepted");
    }

    private void dropTheGuard() {
        if (vendor == Vendor.H2) {
            jdbc.sql("drop trigger audit_entry_append_only").update();
        } else {
            jdbc.sql("drop trigger audit_entry_append_only on audit_entry").update();
            jdbc.sql("drop trigger audit_entry_no_truncate on audit_entry").update();
        }
    }

    private long reviewId(String reviewer) {
        return jdbc.sql("select min(id) from review where reviewer = :r").param("r", reviewer).query(Long.class).single();
    }

    private String firstProblem() {
        AuditChain.Verification verification = chain.verify(List.of());
        assertThat(verification.intact()).as("tampering goes unnoticed").isFalse();
        return verification.problems().get(0);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anUntouchedRecordIsIntact(Vendor vendor) {
        record(vendor);
        AuditChain.Verification verification = chain.verify(List.of(log.head()));
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.head().sequence()).isEqualTo(7);
        assertThat(verification.summary()).startsWith("audit chain intact: 7 entries, head 7:");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aForgedReviewIsNamed(Vendor vendor) {
        record(vendor);
        long bobs = reviewId("bob");
        jdbc.sql("update review set verdict = 'FAITHFUL', reviewer = 'forged' where id = :id").param("id", bobs).update();
        assertThat(firstProblem()).isEqualTo("review " + bobs + " differs from what entry #3 recorded: it was changed "
                + "after it was written");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDeletedOrSmuggledReviewIsNamed(Vendor vendor) {
        record(vendor);
        long bobs = reviewId("bob");
        jdbc.sql("delete from review where id = :id").param("id", bobs).update();
        jdbc.sql("insert into review (rule_id, fingerprint, reviewer, verdict, comment, rule_text, created_at) "
                + "select rule_id, fingerprint, 'mallory', 'FAITHFUL', comment, rule_text, created_at from review "
                + "where reviewer = 'ann' and rule_id = 'IRE-METAL-STENT'").update();
        AuditChain.Verification verification = chain.verify(List.of());
        assertThat(verification.problems()).contains("review " + bobs + ", recorded by entry #3, is missing: it was removed")
                .anySatisfy(p -> assertThat(p).endsWith("is in no audit entry: it was added outside the app"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aChangedEntryIsNamed(Vendor vendor) {
        record(vendor);
        dropTheGuard();
        jdbc.sql("update audit_entry set details = 'accepted by everyone' where sequence = 7").update();
        assertThat(firstProblem()).startsWith("entry #7 (").endsWith("was changed after it was written: its content "
                + "does not match its hash");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDeletedEntryIsNamed(Vendor vendor) {
        record(vendor);
        dropTheGuard();
        jdbc.sql("delete from audit_entry where sequence = 5").update();
        assertThat(firstProblem()).startsWith("entry #5 is missing: the chain goes on at entry #6");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void removedLastEntriesAreEvidentFromTheHead(Vendor vendor) {
        record(vendor);
        dropTheGuard();
        jdbc.sql("delete from audit_entry where sequence >= 6").update();
        assertThat(firstProblem()).isEqualTo("entries #6 to #7 were removed: the chain ends at #5 but its head is #7");
    }

    /** A truncation made consistent (the head reset too) is still evident against a head an export printed. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aTruncationIsEvidentAgainstAnExportedHead(Vendor vendor) {
        record(vendor);
        AuditLog.Head exported = log.head();
        dropTheGuard();
        jdbc.sql("delete from rule_comment").update();
        jdbc.sql("delete from review").update();
        jdbc.sql(vendor == Vendor.H2 ? "truncate table audit_entry" : "truncate audit_entry").update();
        jdbc.sql("update audit_head set sequence = 0, hash = :zero where id = 1").param("zero", "0".repeat(64)).update();
        assertThat(chain.verify(List.of()).intact()).as("consistent on its own").isTrue();
        assertThat(chain.verify(List.of(exported)).problems()).containsExactly("entry #7, the head an export or "
                + "release printed, is no longer in the chain (it ends at #0): entries were removed");
    }
}
