package org.clusterscope.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/** Unsaved work survives a crash: what was autosaved is offered back until it is saved or discarded. */
class AutosaveTest {

    @Test
    void autosavedWorkIsOfferedBackAfterACrashAndForgottenOnceDiscarded(@TempDir Path dir) throws Exception {
        Scenario work = new ScenarioReader().read(Path.of("scenarios/split-2-2.json")).withSeed(99);
        Autosave autosave = new Autosave(dir.resolve("recovery"));
        assertThat(autosave.pending()).isEmpty();

        autosave.save(work);
        // the app "crashes": a new one finds the work
        Autosave next = new Autosave(dir.resolve("recovery"));
        assertThat(next.pending()).contains(work);

        next.discard();
        assertThat(next.pending()).isEmpty();
        assertThat(Files.exists(next.file())).isFalse();
    }

    @Test
    void anUnreadableRecoveryFileIsNotOffered(@TempDir Path dir) throws Exception {
        Autosave autosave = new Autosave(dir);
        Files.writeString(autosave.file(), "{ half a fi");
        assertThat(autosave.pending()).isEmpty();
    }

    @Test
    void theRecoveryFolderCanBeChosenBySystemProperty(@TempDir Path dir) {
        String before = System.getProperty("clusterscope.recovery");
        System.setProperty("clusterscope.recovery", dir.toString());
        try {
            assertThat(Autosave.forUser().file()).isEqualTo(dir.resolve("recovery.json"));
        } finally {
            if (before == null) {
                System.clearProperty("clusterscope.recovery");
            } else {
                System.setProperty("clusterscope.recovery", before);
            }
        }
    }
}
