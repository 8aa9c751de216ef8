package org.tumorboard.navigator.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: who did what, when, as a hash chain. It can only add entries and read them; the
 * database refuses to change or remove one (a trigger in the migrations, H2 and PostgreSQL alike), and since a
 * database user can always write its own tables, every entry also carries the hash of its content and of the entry
 * before it, and the chain's head is kept beside it, so that any change, removal or truncation is evident
 * ({@link AuditChain#verify}). Writers take the head under a row lock, so entries of concurrent writers (and of other
 * instances on one PostgreSQL) chain one after the other.
 */
@Repository
public class AuditLog {

    static final int MAX_TEXT = 4000;
    private static final String COLUMNS = "id, occurred_at, actor, action, target, details, sequence, previous_hash, "
            + "hash, bound_record";

    /** The chain's last entry, as the head row keeps it. */
    public record Head(long sequence, String hash) {

        @Override
        public String toString() {
            return sequence + ":" + hash;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an entry, in the caller's transaction where there is one (a review and its entry commit together, or
     * neither does), else in one of its own.
     */
    @Transactional
    public void record(String actor, AuditAction action, String target, String details) {
        record(actor, action, target, details, null);
    }

    /**
     * Records an entry that binds a stored record (its {@code kind:id:sha256}, see {@link AuditHash}) into the
     * chain, so that changing or removing the record later is evident.
     */
    @Transactional
    public void record(String actor, AuditAction action, String target, String details, String boundRecord) {
        Head head = jdbc.sql("select sequence, hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("sequence"), rs.getString("hash"))).single();
        long sequence = head.sequence() + 1;
        Instant at = AuditHash.micros(clock.instant());
        String who = clip(actor, 64);
        String about = clip(target, 200);
        String text = clip(details, MAX_TEXT);
        String hash = AuditEntry.hashOf(sequence, head.hash(), at, who, action, about, text, boundRecord);
        jdbc.sql("insert into audit_entry (occurred_at, actor, action, target, details, sequence, previous_hash, hash, "
                        + "bound_record) values (:at, :actor, :action, :target, :details, :sequence, :previous, "
                        + ":hash, :bound)")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actor", who)
                .param("action", action.name())
                .param("target", about)
                .param("details", text)
                .param("sequence", sequence)
                .param("previous", head.hash())
                .param("hash", hash)
                .param("bound", boundRecord)
                .update();
        jdbc.sql("update audit_head set sequence = :sequence, hash = :hash where id = 1")
                .param("sequence", sequence).param("hash", hash).update();
    }

    /** The chain's head: its last sequence and hash (sequence 0 before the first entry). */
    public Head head() {
        return jdbc.sql("select sequence, hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("sequence"), rs.getString("hash"))).single();
    }

    /** The newest entries first, at most {@code limit}. */
    public List<AuditEntry> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry order by id desc limit :limit")
                .param("limit", limit).query(ENTRY).list();
    }

    /** Every entry, oldest first. */
    List<AuditEntry> all() {
        return jdbc.sql("select " + COLUMNS + " from audit_entry order by id").query(ENTRY).list();
    }

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
            action(rs.getString("action")), rs.getString("target"), rs.getString("details"),
            (Long) rs.getObject("sequence", Long.class), rs.getString("previous_hash"), rs.getString("hash"),
            rs.getString("bound_record"));

    /** The action as stored; null for a name the app never writes (a forged entry, which then fails its hash). */
    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException forged) {
            return null;
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
