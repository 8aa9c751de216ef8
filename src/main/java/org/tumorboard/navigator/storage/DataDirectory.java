package org.tumorboard.navigator.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded database's directory and file (H2, {@code jdbc:h2:file:DIR/NAME}), checked before the database is
 * opened, so that stored data is never silently replaced:
 * <ul>
 *   <li>a missing directory is created, readable by its owner only; one that cannot be written is refused;</li>
 *   <li>a missing database file is created by the database on a first start; an empty (0-byte), unreadable or
 *   unwritable one is refused, never replaced (H2 would make a fresh empty database of an empty file: every
 *   account, review and audit entry gone);</li>
 *   <li>the database is opened once, so that a damaged file, or a directory the file system will not write, is
 *   reported as one line before the connection pool would log a stack trace;</li>
 *   <li>once open, the database's files are made readable by their owner only.</li>
 * </ul>
 * Each refusal is a {@link StorageException} with one line naming the file or directory.
 */
public final class DataDirectory {

    /** The H2 file URL's path: {@code jdbc:h2:file:} (or a scheme of H2's file systems) up to the first {@code ;}. */
    private static final Pattern H2_FILE = Pattern.compile("jdbc:h2:(?:file:|([a-z]+):)?([^;:][^;]*)(;.*)?");
    private static final String SUFFIX = ".mv.db";
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final Path database;
    private final String url;

    private DataDirectory(Path base, String url) {
        Path absolute = base.toAbsolutePath().normalize();
        this.directory = absolute.getParent();
        this.database = absolute.resolveSibling(absolute.getFileName() + SUFFIX);
        this.url = url;
    }

    /** The directory of an embedded H2 file database's URL; empty for any other database (PostgreSQL, in memory). */
    public static Optional<DataDirectory> of(String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        Matcher m = H2_FILE.matcher(jdbcUrl);
        if (!m.matches() || jdbcUrl.startsWith("jdbc:h2:mem:") || jdbcUrl.startsWith("jdbc:h2:tcp:")
                || jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String path = m.group(2).startsWith("~") ? System.getProperty("user.home") + m.group(2).substring(1) : m.group(2);
        return Optional.of(new DataDirectory(Path.of(path), jdbcUrl));
    }

    public Path directory() {
        return directory;
    }

    public Path database() {
        return database;
    }

    /**
     * Before the pool opens the database: the directory exists and can be written; the file, if there is one, is not
     * empty; and the database opens (created on a first start), each failure as one line naming it.
     */
    public void check(String user, String password) {
        try {
            if (!Files.exists(directory)) {
                if (posix()) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
        } catch (IOException e) {
            throw new StorageException("The data directory " + directory + " cannot be created ("
                    + StorageException.reason(e) + ")");
        }
        if (!Files.isDirectory(directory)) {
            throw new StorageException("The data directory " + directory + " is not a directory");
        }
        if (!Files.isWritable(directory)) {
            throw new StorageException("The data directory " + directory + " is read-only: the review record cannot "
                    + "be written there (make it writable, or set tumorboard.data-dir)");
        }
        if (!Files.exists(database)) {
            opens(user, password);
            return;
        }
        if (!Files.isReadable(database) || !Files.isWritable(database)) {
            throw new StorageException("The database file " + database + " cannot be read and written by this user; "
                    + "refusing to start (it is never replaced)");
        }
        try {
            if (Files.size(database) == 0) {
                throw new StorageException("The database file " + database + " is empty (0 bytes): refusing to start "
                        + "rather than make a new empty review record over it (restore it from a backup, or remove "
                        + "it to start afresh)");
            }
        } catch (IOException e) {
            throw new StorageException("The database file " + database + " cannot be read ("
                    + StorageException.reason(e) + ")");
        }
        opens(user, password);
    }

    private void opens(String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new StorageException("The review database " + database + " cannot be opened: "
                    + StorageFailures.oneLine(e));
        }
    }

    /** Once the database is open: the directory and the database's files readable by their owner only. */
    public void restrict() {
        if (!posix()) {
            return;
        }
        String name = database.getFileName().toString().replace(SUFFIX, "");
        try (Stream<Path> files = Files.list(directory)) {
            Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
                Files.setPosixFilePermissions(file, OWNER_FILE);
            }
        } catch (IOException e) {
            throw new StorageException("The data directory " + directory + " cannot be restricted to its owner ("
                    + StorageException.reason(e) + ")");
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
