package org.clusterscope.scenario.io;

/**
 * Input and output failures in words a user can act on ("permission denied", "disk full"),
 * without exception class names or the names of temporary files.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** Why an input or output failed, in words, without the exception's class or temporary names. */
    public static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (message.contains("no space left")) {
            return "disk full";
        }
        if (message.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (message.contains("quota")) {
            return "disk quota exceeded";
        }
        if (message.contains("is a directory")) {
            return "is a folder";
        }
        if (message.contains("permission denied") || message.contains("operation not permitted")) {
            return "permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        return reason == null || reason.isBlank() ? "input/output error" : reason;
    }
}
