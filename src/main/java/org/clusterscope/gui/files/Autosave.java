package org.clusterscope.gui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.ScenarioWriter;

/**
 * The recovery file of unsaved work: the app writes the document there every minute while it
 * has unsaved changes and removes it when the work is saved or discarded on a clean exit, so a
 * file still there at the next start means the app did not end cleanly, and it offers to
 * restore it. The folder is given by whoever makes one: the app takes
 * {@code -Dclusterscope.recovery=DIR} or {@code ~/.clusterscope}; tests give a temporary one.
 */
public final class Autosave {

    /** How often the app writes the recovery file, in milliseconds. */
    public static final long EVERY_MS = 60_000;

    private final Path file;

    public Autosave(Path folder) {
        this.file = folder.resolve("recovery.json");
    }

    /** The recovery file of this user, in the folder the system property names or under the home folder. */
    public static Autosave forUser() {
        String folder = System.getProperty("clusterscope.recovery");
        return new Autosave(folder != null ? Path.of(folder)
                : Path.of(System.getProperty("user.home"), ".clusterscope"));
    }

    public Path file() {
        return file;
    }

    /** Writes {@code scenario} to the recovery file (synced and renamed into place, as every save). */
    public void save(Scenario scenario) throws IOException {
        Files.createDirectories(file.getParent());
        new ScenarioWriter().write(scenario, file);
    }

    /** The work left by a run of the app that did not end cleanly, if any can be read. */
    public Optional<Scenario> pending() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScenarioReader().read(file));
        } catch (InvalidScenarioException unreadable) {
            return Optional.empty();
        }
    }

    /** Forgets the recovery file: the work was saved, or knowingly discarded. */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind, it is offered once more at the next start; nothing is lost
        }
    }
}
