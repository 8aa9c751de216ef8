package org.tumorboard.navigator.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: who did what, when. It can only add entries and read them; the database refuses to
 * change or remove one (a trigger in the migrations, H2 and PostgreSQL alike).
 */
@Repository
public class AuditLog {

    static final int MAX_TEXT = 4000;

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
        jdbc.sql("insert into audit_entry (occurred_at, actor, action, target, details) "
                        + "values (:at, :actor, :action, :target, :details)")
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("actor", clip(actor, 64))
                .param("action", action.name())
                .param("target", clip(target, 200))
                .param("details", clip(details, MAX_TEXT))
                .update();
    }

    /** The newest entries first, at most {@code limit}. */
    public List<AuditEntry> newest(int limit) {
        return jdbc.sql("select id, occurred_at, actor, action, target, details from audit_entry "
                        + "order by id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("details")))
                .list();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
