package org.tumorboard.navigator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tumorboard.navigator.TestDatabases;
import org.tumorboard.navigator.TestDatabases.Vendor;

/** The audit log on both databases: entries are added and read, and the database refuses to change or remove one. */
class AuditLogTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void entriesAreKeptNewestFirstWithActorTimeAndDetails(Vendor vendor) {
        AuditLog log = new AuditLog(JdbcClient.create(TestDatabases.migrated(vendor)), CLOCK);
        log.record("alice", AuditAction.REVIEW, "IRE-PACEMAKER", "FAITHFUL on abc");
        log.record("bob", AuditAction.COMMENT, "IRE-PACEMAKER", "x".repeat(5000));
        assertThat(log.newest(10)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target, AuditEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bob", AuditAction.COMMENT, "IRE-PACEMAKER", CLOCK.instant()),
                        org.assertj.core.groups.Tuple.tuple("alice", AuditAction.REVIEW, "IRE-PACEMAKER", CLOCK.instant()));
        assertThat(log.newest(10).get(1).details()).isEqualTo("FAITHFUL on abc");
        assertThat(log.newest(10).get(0).details()).hasSize(AuditLog.MAX_TEXT);
        assertThat(log.newest(1)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit_entry set details = 'rewritten'",
            "update audit_entry set actor = 'mallory' where action = 'REVIEW'",
            "delete from audit_entry",
            "delete from audit_entry where actor = 'alice'"})
    void theDatabaseRefusesToChangeOrRemoveAnEntryOnH2(String statement) {
        refuses(Vendor.H2, statement);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit_entry set details = 'rewritten'",
            "delete from audit_entry",
            "truncate audit_entry"})
    void theDatabaseRefusesToChangeOrRemoveAnEntryOnPostgresql(String statement) {
        refuses(Vendor.POSTGRESQL, statement);
    }

    private static void refuses(Vendor vendor, String statement) {
        DataSource db = TestDatabases.migrated(vendor);
        AuditLog log = new AuditLog(JdbcClient.create(db), CLOCK);
        log.record("alice", AuditAction.REVIEW, "IRE-PACEMAKER", "FAITHFUL on abc");
        assertThatThrownBy(() -> JdbcClient.create(db).sql(statement).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(log.newest(10)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.details()).isEqualTo("FAITHFUL on abc");
        });
    }

    @org.junit.jupiter.api.Test
    void theLogOffersOnlyToAddAndToRead() {
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic()).map(Method::getName))
                .containsExactlyInAnyOrder("record", "record", "newest", "all", "head");
    }
}
