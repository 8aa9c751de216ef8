package org.tumorboard.navigator.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in the database: name, password hash, role, enabled, failed sign-ins and lock. */
@Repository
class AccountRepository {

    private static final String COLUMNS = "username, role, enabled, failed_sign_ins, locked_until, created_at";

    /** An account with its password hash, for signing in. */
    record Credentials(Account account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String name) {
        return jdbc.sql("select count(*) from account where username = :name").param("name", name)
                .query(Integer.class).single() > 0;
    }

    void add(String name, Role role, String passwordHash, Instant now) {
        jdbc.sql("insert into account (username, password_hash, role, enabled, failed_sign_ins, created_at) "
                        + "values (:name, :hash, :role, true, 0, :now)")
                .param("name", name).param("hash", passwordHash).param("role", role.name()).param("now", utc(now))
                .update();
    }

    List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from account order by username")
                .query((rs, n) -> account(rs)).list();
    }

    Optional<Credentials> credentials(String name) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from account where username = :name")
                .param("name", name)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash")))
                .optional();
    }

    /** Returns whether an account of that name was enabled and is now disabled. */
    boolean disable(String name) {
        return jdbc.sql("update account set enabled = false where username = :name and enabled = true")
                .param("name", name).update() == 1;
    }

    /**
     * Counts a failed sign-in; the {@code limit}-th consecutive one locks the account until {@code lockUntil} and
     * starts the count again. Returns whether this failure locked it. One statement, so concurrent failures all
     * count.
     */
    boolean failedSignIn(String name, int limit, Instant lockUntil) {
        jdbc.sql("update account set failed_sign_ins = failed_sign_ins + 1 where username = :name")
                .param("name", name).update();
        return jdbc.sql("update account set failed_sign_ins = 0, locked_until = :until "
                        + "where username = :name and failed_sign_ins >= :limit")
                .param("until", utc(lockUntil)).param("name", name).param("limit", limit).update() == 1;
    }

    /** A successful sign-in clears the count of failures (nothing is written when there were none). */
    void signedIn(String name) {
        jdbc.sql("update account set failed_sign_ins = 0 where username = :name and failed_sign_ins > 0")
                .param("name", name).update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
