package org.tumorboard.navigator.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** The review record's storage cannot be used; the message is one line naming the file or directory and why. */
public final class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message, null, false, false);
    }

    /** Why a file operation failed, in a few words (the file system's reason, never a stack trace). */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
