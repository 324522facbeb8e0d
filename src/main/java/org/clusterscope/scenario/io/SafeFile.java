package org.clusterscope.scenario.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writing a file so that no work is lost: the bytes go to a temporary file next to the real one,
 * are synced to the disk, then renamed over it, and the folder is synced; a crash at any moment
 * leaves either the old file or the new one, whole. Saving through a symbolic link writes the
 * file it points to and keeps the link; the file keeps its permissions. A failure says why in
 * words ("permission denied", "disk full"), naming the file, never the temporary one.
 */
public final class SafeFile {

    /** Writes the content, given a stream that the caller fills. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Why a file could not be written, in words, naming only the file the user chose. */
    public static final class WriteFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        WriteFailure(Path file, String reason, Throwable cause) {
            super(file + ": cannot be written (" + reason + ")", cause);
            this.reason = reason;
        }

        /** The reason alone: "permission denied", "disk full", … */
        public String reason() {
            return reason;
        }
    }

    private SafeFile() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    public static void write(Path file, Content content) throws IOException {
        Pending pending = open(file);
        try {
            content.writeTo(pending.stream());
            pending.commit();
        } catch (WriteFailure e) {
            throw e;
        } catch (IOException e) {
            throw pending.failure(e);
        } finally {
            pending.abandon();
        }
    }

    /**
     * Starts writing {@code file} for a writer that streams (a trace): the bytes go to a
     * temporary file until {@link Pending#commit()}; {@link Pending#abandon()} leaves the old file as it was.
     */
    public static Pending open(Path file) throws IOException {
        Path target = realTarget(file);
        Path folder = target.toAbsolutePath().getParent();
        Path temporary;
        FileChannel channel;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new WriteFailure(file, IoErrors.reason(e), e);
        }
        return new Pending(file, target, temporary, channel);
    }

    /** A file being written: nothing shows at its name until {@link #commit()}. */
    public static final class Pending {
        private final Path file;
        private final Path target;
        private final Path temporary;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean done;

        private Pending(Path file, Path target, Path temporary, FileChannel channel) {
            this.file = file;
            this.target = target;
            this.temporary = temporary;
            this.channel = channel;
            this.stream = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        /** Where to write; closing it only flushes. */
        public OutputStream stream() {
            return stream;
        }

        /** Syncs the bytes, renames them over the file and syncs the folder. */
        public void commit() throws IOException {
            try {
                stream.flush();
                channel.force(true);
                channel.close();
                keepPermissions(target, temporary);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
                syncFolder(target.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw failure(e);
            } finally {
                abandon();
            }
        }

        /** Drops what was written, if it was not committed. */
        public void abandon() {
            try {
                channel.close();
                if (!done) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // the leftover is hidden and named after the file
            }
        }

        /** {@code e} in words, naming the file and not the temporary one. */
        public WriteFailure failure(IOException e) {
            return e instanceof WriteFailure w ? w : new WriteFailure(file, reasonWithout(e, temporary), e);
        }
    }

    /** The file a path stands for: through any chain of symbolic links, which stay as they are. */
    static Path realTarget(Path file) throws IOException {
        Path current = file.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        return current;
    }

    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // a new file: the usual rights (rw-r--r-- under the common umask), not the 0600 of a temporary file
            setIfPosix(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
            setIfPosix(temporary, view.readAttributes().permissions());
        }
    }

    private static void setIfPosix(Path file, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }

    /** Syncs the folder, so the rename itself survives a crash; not every system allows it. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder; the rename is then as durable as the system makes it
        }
    }

    /**
     * Whether {@code a} and {@code b} name one file (through links too); false when either does
     * not exist. An output must never be the scenario it was made from.
     */
    public static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Why a write failed, in words ("permission denied", "disk full"), without temporary file names. */
    public static String reason(IOException failure) {
        return failure instanceof WriteFailure w ? w.reason() : IoErrors.reason(failure);
    }

    private static String reasonWithout(IOException e, Path temporary) {
        String reason = IoErrors.reason(e);
        if (e instanceof FileSystemException) {
            return reason;
        }
        return reason.replace(temporary.toString(), "").replace(temporary.getFileName().toString(), "").strip();
    }
}
