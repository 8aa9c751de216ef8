package org.tumorboard.navigator.storage;

import java.util.Locale;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Whether a failure is the storage's (the database cannot store or read now), and why, in a client's words. */
public final class StorageUnavailable {

    private StorageUnavailable() {
    }

    /** Whether the failure, or one of its causes, is the database being unable to store or read now. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof NonTransientDataAccessResourceException
                    || t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof UncategorizedSQLException || t instanceof TransactionException
                    || t instanceof java.sql.SQLException) {
                return true;
            }
            if (t instanceof DataAccessException) {
                return false;   // a failure of the statement itself (a constraint, say), not of the storage
            }
        }
        return false;
    }

    /** The reason, for the client: a full disk, a read-only file system, or a database that cannot be reached. */
    public static String reason(Throwable failure) {
        String text = causes(failure).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk full") || text.contains("could not extend")) {
            return "the disk is full";
        }
        if (text.contains("read-only") || text.contains("readonly") || text.contains("read only")) {
            return "the file system is read-only";
        }
        return "the database cannot be reached";
    }

    /**
     * Every cause's message on one line, for the log; where a rollback failed too, the failure it followed (which
     * Spring's transaction interceptor would otherwise log with its stack trace).
     */
    public static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            text.append(text.isEmpty() ? "" : " <- ").append(message.replaceAll("\\s+", " ").strip());
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                text.append(" (after: ").append(causes(rollback.getApplicationException())).append(")");
            }
        }
        return text.toString();
    }
}
