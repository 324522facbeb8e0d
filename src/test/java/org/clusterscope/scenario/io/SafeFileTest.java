package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never loses work: the file keeps its rights and its links, and a failure says why in words. */
class SafeFileTest {

    @Test
    void aSavedFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        SafeFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        SafeFile.write(file, "newer".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("scenario.json");
        }
    }

    @Test
    void savingThroughASymbolicLinkWritesTheRealFileAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("scenario.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/scenario.json"));
        SafeFile.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFailureSaysWhyWithoutTheTemporaryName(@TempDir Path dir) throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("scenario.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> SafeFile.write(file, "new".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(SafeFile.WriteFailure.class)
                    .hasMessage(file + ": cannot be written (permission denied)");
            assertThat(Files.readString(file)).isEqualTo("old");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anAbandonedWriteLeavesTheOldFileAndNoLeftover(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.jsonl");
        Files.writeString(file, "old");
        SafeFile.Pending pending = SafeFile.open(file);
        pending.stream().write("half".getBytes(StandardCharsets.UTF_8));
        pending.abandon();
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var left = Files.list(dir)) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void failuresAreToldInWords() {
        assertThat(IoErrors.reason(new java.io.IOException("No space left on device"))).isEqualTo("disk full");
        assertThat(IoErrors.reason(new java.nio.file.AccessDeniedException("/x/.scenario.json.123.tmp")))
                .isEqualTo("permission denied");
        assertThat(IoErrors.reason(new java.nio.file.FileSystemException("/x/.a.tmp", null, "Read-only file system")))
                .isEqualTo("the disk is read-only");
    }

    @Test
    void savingIntoAFolderThatIsAFileFailsInWords(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> SafeFile.write(notAFolder.resolve("scenario.json"), new byte[] {1}))
                .isInstanceOf(SafeFile.WriteFailure.class)
                .hasMessageStartingWith(notAFolder.resolve("scenario.json") + ": cannot be written (")
                .hasMessageNotContaining(".tmp");
    }
}
