package org.clusterscope.gui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.clusterscope.gui.panels.LogCategory;
import org.clusterscope.gui.panels.LogLine;
import org.clusterscope.gui.run.RecordedCommand;
import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.SafeFile;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.ScenarioWriter;

/**
 * The open document: the scenario it came from, the file it lives in, the recent files, and
 * what the timeline shows of it. It keeps the scenario the document came from, so that saving
 * writes back everything the editor does not show (protocol, events, expectations) unchanged.
 * A view model (STYLE.md §9): it never opens a dialog nor touches a control; the window shows
 * its reports and fits the canvas when a document opens.
 */
public final class DocumentSession {

    /** The demo opened at start (SCENARIO_FORMAT.md "A complete example"). */
    public static final String DEFAULT_DEMO = "/org/clusterscope/scenarios/ring-kill-master.json";

    private final DocumentParts parts;
    private final RecentFiles recent;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    /** One wrapper for everyone: a read-only wrapper only weakly listens to its list. */
    private final ObservableList<Path> readOnlyRecentFiles = FXCollections.unmodifiableObservableList(recentFiles);
    private final ReadOnlyObjectWrapper<ScenarioTimeline> timeline = new ReadOnlyObjectWrapper<>();
    private Scenario scenario = ScenarioDocument.blank();
    private final OverlayDraft overlay = new OverlayDraft();
    private Path path;
    private Consumer<String> onReport = text -> { };
    private Consumer<String> onOpened = text -> { };

    public DocumentSession(DocumentParts parts, RecentFiles recent) {
        this.parts = parts;
        this.recent = recent;
        recentFiles.setAll(recent.list());
        parts.run().setFactory(new ScenarioSimulationFactory(this::currentScenario) {
            @Override
            public org.clusterscope.scenario.run.RunScript script() {
                parts.expectations().reset();
                return super.script();
            }
        });
        parts.recorded().addListener((ListChangeListener<RecordedCommand>) change -> updateTimeline());
        updateTimeline();
    }

    /** Where a sentence about what just happened goes (the status bar); it is logged as well. */
    public void setOnReport(Consumer<String> listener) {
        onReport = listener;
    }

    /** Called with "Opened …" each time a document opens. */
    public void setOnOpened(Consumer<String> listener) {
        onOpened = listener;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The files opened or saved lately, newest first. */
    public ObservableList<Path> recentFiles() {
        return readOnlyRecentFiles;
    }

    public ReadOnlyObjectProperty<ScenarioTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public double defaultLatencyMs() {
        return scenario.network().latencyMs();
    }

    public double defaultJitterMs() {
        return scenario.network().jitterMs();
    }

    /** True while the editor holds edits that are not in a file. */
    public boolean hasUnsavedEdits() {
        return parts.editor().dirtyProperty().get();
    }

    /** Counts the document as holding unsaved edits, e.g. work restored after a crash. */
    public void markUnsaved() {
        parts.editor().commands().markUnsaved();
    }

    /** True when the editor or the recorded faults hold work that is not in a file. */
    public boolean hasUnsavedWork() {
        return hasUnsavedEdits() || !parts.recorded().isEmpty();
    }

    /** The title of the document, as the editor has it now. */
    public String title() {
        return parts.editor().document().title();
    }

    /** Replaces the document with a new, empty one. */
    public void openBlank() {
        load(ScenarioDocument.blank(), null);
    }

    /** Opens a file; a bad file is reported in the status bar and the log, nothing else changes. */
    public boolean open(Path file) {
        try {
            load(new ScenarioReader().read(file), file);
            addRecent(file);
            return true;
        } catch (InvalidScenarioException invalid) {
            report("Cannot open " + file.getFileName() + ": " + invalid.getMessage());
            return false;
        }
    }

    /** Opens a scenario shipped inside the application (the default demo). */
    public boolean openResource(String resource) {
        try {
            load(new ScenarioReader().readResource(resource), null);
            return true;
        } catch (InvalidScenarioException invalid) {
            report("Cannot open the demo: " + invalid.getMessage());
            return false;
        }
    }

    /** Shows a scenario built elsewhere (a generated one), as a new unsaved document. */
    public void openScenario(Scenario built) {
        load(built, null);
    }

    /** Writes the document to {@code file} (atomically) and makes it the current file. */
    public boolean saveTo(Path file) {
        Scenario saved = currentScenario();
        try {
            new ScenarioWriter().write(saved, file);
        } catch (IOException failure) {
            report("Cannot save " + file.getFileName() + ": " + SafeFile.reason(failure));
            return false;
        }
        scenario = saved;
        path = file;
        parts.clearRecorded();
        parts.editor().commands().markSaved();
        addRecent(file);
        updateTimeline();
        report("Saved " + file.getFileName());
        return true;
    }

    /** The scenario as the editor has it now, recorded faults included. */
    public Scenario currentScenario() {
        var document = parts.editor().document();
        return overlay.applyTo(
                ScenarioDocument.save(scenario, document.title(), document.nodes(), document.links(), parts.recorded()));
    }

    /** Public mode as the document will save it: the {@code overlay} section and the private nodes. */
    public OverlayDraft overlay() {
        return overlay;
    }

    /** Logs {@code text} at the current virtual time and shows it in the status bar. */
    public void report(String text) {
        parts.log().addLines(List.of(new LogLine(parts.run().frame().now(), LogCategory.NOTE, text)));
        onReport.accept(text);
    }

    private void load(Scenario loaded, Path file) {
        parts.run().reset();
        parts.log().clear();
        parts.chart().clear();
        parts.clearRecorded();
        scenario = loaded;
        path = file;
        overlay.load(loaded);
        parts.editor().load(ScenarioDocument.title(loaded), ScenarioDocument.nodes(loaded),
                ScenarioDocument.links(loaded));
        parts.expectations().load(loaded.expect());
        updateTimeline();
        onOpened.accept("Opened " + ScenarioDocument.title(loaded)
                + (loaded.description() == null ? "" : " — " + loaded.description()));
    }

    private void addRecent(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    private void updateTimeline() {
        timeline.set(ScenarioTimeline.of(scenario, parts.recorded()));
    }
}
