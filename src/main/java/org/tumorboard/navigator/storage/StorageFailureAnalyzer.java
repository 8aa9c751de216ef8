package org.tumorboard.navigator.storage;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A review record that cannot be used stops the start with one line naming the file or directory and why, no stack
 * trace: a {@link StorageException} from the checks before the database opens, or the database's own refusal to
 * open a damaged or unreadable file.
 */
class StorageFailureAnalyzer extends AbstractFailureAnalyzer<Exception> {

    private static final String ACTION = "Nothing was changed or replaced. Fix the file or directory named above, or "
            + "point tumorboard.data-dir (or spring.datasource.url) elsewhere; see docs/operations.md, \"Databases\".";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Exception cause) {
        for (Throwable t = rootFailure; t != null; t = t.getCause()) {
            if (t instanceof StorageException storage) {
                return new FailureAnalysis(storage.getMessage(), ACTION, null);
            }
            if (t instanceof SQLException sql && StorageFailures.damagedOrUnreadable(sql)) {
                return new FailureAnalysis("The review database cannot be opened: " + StorageFailures.oneLine(sql),
                        ACTION, null);
            }
        }
        return null;
    }
}
