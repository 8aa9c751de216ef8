package org.tumorboard.navigator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.TumorBoardApplication;

/**
 * The embedded database at start: a missing one is created, readable by its owner only; an empty, damaged or
 * unwritable one is refused with one clear line naming it, no stack trace, and is never replaced.
 */
@ExtendWith(OutputCaptureExtension.class)
class StorageStartTests {

    static {
        FullDisk.register();
    }

    @AfterEach
    void diskWorks() {
        FullDisk.failure = null;
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplication(TumorBoardApplication.class).run("--server.port=0",
                "--tumorboard.rules-dir=" + TestRuleSets.STARTER, "--spring.datasource.url=" + database);
    }

    private static void refused(String database, CapturedOutput output, String... said) {
        assertThatThrownBy(() -> start(database)).isNotNull();
        assertThat(output.toString()).contains("APPLICATION FAILED TO START").contains(said);
        assertThat(output.toString().lines().filter(l -> l.startsWith("\tat "))).as("no stack trace").isEmpty();
    }

    @Test
    void aMissingDatabaseIsCreatedWithItsDirectoryReadableByTheirOwnerOnly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (ConfigurableApplicationContext context = start("jdbc:h2:file:" + data.resolve("tumor-board"))) {
            assertThat(context.isRunning()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tumor-board.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void anEmptyDatabaseFileIsRefusedAndKept(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path file = Files.createFile(dir.resolve("tumor-board.mv.db"));
        refused("jdbc:h2:file:" + dir.resolve("tumor-board"), output, file.toString(), "is empty (0 bytes)");
        assertThat(Files.size(file)).as("never replaced").isZero();
    }

    @Test
    void aDamagedDatabaseFileIsRefusedAndKept(@TempDir Path dir, CapturedOutput output) throws Exception {
        byte[] garbage = new byte[16384];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("tumor-board.mv.db"), garbage);
        refused("jdbc:h2:file:" + dir.resolve("tumor-board"), output, file.toString(), "cannot be opened");
        assertThat(Arrays.equals(Files.readAllBytes(file), garbage)).as("never replaced").isTrue();
    }

    @Test
    void aDataDirectoryTheFileSystemWillNotWriteIsRefusedInOneLine(@TempDir Path dir, CapturedOutput output) {
        FullDisk.failure = FullDisk.READ_ONLY;
        refused("jdbc:h2:full:" + dir.resolve("tumor-board"), output, dir.resolve("tumor-board.mv.db").toString(),
                "cannot be opened");
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefusedInOneLine(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path notADirectory = Files.createFile(dir.resolve("data"));
        refused("jdbc:h2:file:" + notADirectory.resolve("tumor-board"), output, notADirectory.toString());
    }
}
