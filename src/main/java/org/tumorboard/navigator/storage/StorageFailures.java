package org.tumorboard.navigator.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the embedded database's errors mean for its connections. After a failed write (a full disk, a file system
 * turned read-only) H2 closes the database; every pooled connection is then dead. The pool is told to drop such a
 * connection, so that the next one reopens the database and the app recovers by itself once the disk can be written
 * again ({@code spring.datasource.hikari.exception-override-class-name}); and since every connection of the pool is
 * dead once one is, all of them are dropped at the first.
 */
public final class StorageFailures implements SQLExceptionOverride {

    /** H2's codes for a database that is closed, cannot be written or read, or is damaged. */
    private static final Set<Integer> DEAD = Set.of(90098, 90121, 90028, 90031, 90030, 90108, 50000);
    private static final Set<Integer> DAMAGED = Set.of(90030, 90048, 90020, 90028, 90031);

    /** The pools of this app's databases: when one connection finds the database closed, all of theirs are dead. */
    private static final Set<HikariDataSource> POOLS = ConcurrentHashMap.newKeySet();

    static void watch(HikariDataSource pool) {
        POOLS.add(pool);
    }

    static void forget(HikariDataSource pool) {
        POOLS.remove(pool);
    }

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (DEAD.contains(s.getErrorCode())) {
                for (HikariDataSource pool : POOLS) {
                    if (pool.getHikariPoolMXBean() != null) {
                        pool.getHikariPoolMXBean().softEvictConnections();
                    }
                }
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }

    /** Whether a failure to open the database is its file's (damaged, of another format, locked, unreadable). */
    static boolean damagedOrUnreadable(SQLException e) {
        return DAMAGED.contains(e.getErrorCode());
    }

    /** The first line of the database's message. */
    static String oneLine(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
