package org.clusterscope.gui.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.clusterscope.core.SimTime;
import org.clusterscope.gui.MainController;
import org.clusterscope.gui.MainViewModel;
import org.clusterscope.gui.canvas.CanvasView;
import org.clusterscope.gui.panels.ExpectationsView;
import org.clusterscope.gui.panels.LogCategory;
import org.clusterscope.gui.panels.LogLine;
import org.clusterscope.gui.panels.TimelineMark;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.ScenarioWriter;

/**
 * File ▸ New / Open / Save / Save As, recent files, PNG export, and the prompt before unsaved
 * work is lost. It keeps the scenario the document came from, so that saving writes back
 * everything the editor does not show (protocol, events, expectations) unchanged.
 */
public final class FileActions {

    /** The demo opened at start (SCENARIO_FORMAT.md "A complete example"). */
    public static final String DEFAULT_DEMO = "/org/clusterscope/scenarios/ring-kill-master.json";

    /** Asks whether to save, discard or cancel before unsaved work would be lost. */
    public interface DiscardPrompt {
        /** {@code YES} to save first, {@code NO} to discard, {@code CANCEL} to stay. */
        ButtonBar.ButtonData ask(String title);
    }

    private final MainViewModel model;
    private final RecentFiles recent;
    private Scenario scenario = ScenarioDocument.blank();
    private Path path;
    private MainController controller;
    private Menu recentMenu;
    private DiscardPrompt prompt = FileActions::askWithAlert;

    public FileActions(MainViewModel model, RecentFiles recent) {
        this.model = model;
        this.recent = recent;
        model.run().setFactory(() -> {
            model.expectations().reset();
            return new ScenarioSimulationFactory(this::currentScenario).create();
        });
        model.recorded().addListener((javafx.collections.ListChangeListener<MainViewModel.RecordedCommand>) c -> {
            updateTimeline();
        });
    }

    /** Called by the controller once the window exists. */
    public void attach(MainController newController, Menu newRecentMenu, VBox expectBox) {
        controller = newController;
        recentMenu = newRecentMenu;
        VBox view = new ExpectationsView(model.expectations());
        expectBox.getChildren().add(view);
        rebuildRecentMenu();
        updateTimeline();
    }

    public void setPrompt(DiscardPrompt newPrompt) {
        prompt = newPrompt;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public double defaultLatencyMs() {
        return scenario.network().latencyMs();
    }

    public double defaultJitterMs() {
        return scenario.network().jitterMs();
    }

    // ---- actions ---------------------------------------------------------------------------

    public void newDocument() {
        if (confirmDiscard()) {
            load(ScenarioDocument.blank(), null);
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open scenario");
        File file = chooser.showOpenDialog(controller.stage());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens a file without asking; a bad file is reported in the status bar and the log, nothing else changes. */
    public boolean open(Path file) {
        try {
            load(new ScenarioReader().read(file), file);
            recent.add(file);
            rebuildRecentMenu();
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

    public void save() {
        if (path == null) {
            saveAs();
        } else {
            saveTo(path);
        }
    }

    public void saveAs() {
        FileChooser chooser = chooser("Save scenario");
        chooser.setInitialFileName(scenario.name() + ".json");
        File file = chooser.showSaveDialog(controller.stage());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Writes the document to {@code file} (atomically) and makes it the current file. */
    public boolean saveTo(Path file) {
        Scenario saved = currentScenario();
        try {
            new ScenarioWriter().write(saved, file);
        } catch (IOException failure) {
            report("Cannot save " + file.getFileName() + ": " + reason(failure));
            return false;
        }
        scenario = saved;
        path = file;
        model.clearRecorded();
        model.editor().commands().markSaved();
        recent.add(file);
        rebuildRecentMenu();
        updateTimeline();
        report("Saved " + file.getFileName());
        return true;
    }

    /** The scenario as the editor has it now, recorded faults included. */
    public Scenario currentScenario() {
        return ScenarioDocument.save(scenario, model.editor().document().title(), model.editor().document().nodes(),
                model.editor().document().links(), model.recorded());
    }

    /** True when there is nothing unsaved, or the user chose to save it (successfully) or to discard it. */
    public boolean confirmDiscard() {
        if (!model.editor().dirtyProperty().get() && model.recorded().isEmpty()) {
            return true;
        }
        ButtonBar.ButtonData answer = prompt.ask(model.editor().document().title());
        if (answer == ButtonBar.ButtonData.YES) {
            save();
            return !model.editor().dirtyProperty().get();
        }
        return answer == ButtonBar.ButtonData.NO;
    }

    /** Writes what the canvas shows now to a PNG file chosen by the user. */
    public void exportPng(CanvasView canvas) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export canvas as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(scenario.name() + ".png");
        File file = chooser.showSaveDialog(controller.stage());
        if (file != null) {
            exportPng(canvas, file.toPath());
        }
    }

    public boolean exportPng(CanvasView canvas, Path file) {
        canvas.repaint();
        WritableImage image = canvas.canvas().snapshot(null, null);
        try {
            java.awt.image.BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
            org.clusterscope.scenario.io.SafeFile.write(file, out -> ImageIO.write(picture, "png", out));
            report("Exported " + file.getFileName());
            return true;
        } catch (IOException failure) {
            report("Cannot export " + file.getFileName() + ": " + reason(failure));
            return false;
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Why saving failed, in words ("permission denied", "disk full"). */
    private static String reason(IOException failure) {
        return failure instanceof org.clusterscope.scenario.io.SafeFile.WriteFailure w ? w.reason()
                : org.clusterscope.scenario.io.IoErrors.reason(failure);
    }

    /** Shows a scenario built elsewhere (a generated one), as a new unsaved document. */
    public void openScenario(Scenario built) {
        load(built, null);
    }

    private void load(Scenario loaded, Path file) {
        model.run().reset();
        model.log().clear();
        model.chart().clear();
        model.clearRecorded();
        scenario = loaded;
        path = file;
        model.editor().load(ScenarioDocument.title(loaded), ScenarioDocument.nodes(loaded),
                ScenarioDocument.links(loaded));
        model.expectations().load(loaded.expect());
        updateTimeline();
        if (controller != null) {
            controller.fitToWindow();
            controller.setStatus("Opened " + ScenarioDocument.title(loaded)
                    + (loaded.description() == null ? "" : " — " + loaded.description()));
        }
    }

    private void updateTimeline() {
        if (controller == null) {
            return;
        }
        List<TimelineMark> marks = new ArrayList<>();
        for (EventDef event : scenario.events()) {
            marks.add(new TimelineMark(event.at().micros(), TimelineText.of(event.command()),
                    TimelineText.kind(event.command())));
        }
        for (MainViewModel.RecordedCommand fault : model.recorded()) {
            marks.add(new TimelineMark(fault.time(), "● " + fault.command().describe(), TimelineMark.Kind.RECORDED));
        }
        for (Expectation expectation : scenario.expect()) {
            if (expectation instanceof Expectation.Timed timed) {
                marks.add(new TimelineMark(timed.by().micros(), "✓?", TimelineMark.Kind.EXPECT));
            }
        }
        marks.sort(java.util.Comparator.comparingLong(TimelineMark::time));
        controller.timeline().setMarks(marks, scenario.runFor().micros());
    }

    private void rebuildRecentMenu() {
        if (recentMenu == null) {
            return;
        }
        recentMenu.getItems().clear();
        for (Path file : recent.list()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setOnAction(event -> {
                if (confirmDiscard()) {
                    open(file);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void report(String text) {
        model.log().addLines(List.of(new LogLine(model.run().frame().now(), LogCategory.NOTE, text)));
        if (controller != null) {
            controller.setStatus(text);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ClusterScope scenario", "*.json"));
        if (path != null && path.getParent() != null) {
            chooser.setInitialDirectory(path.getParent().toFile());
        }
        return chooser;
    }

    private static ButtonBar.ButtonData askWithAlert(String title) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "“" + title + "” has unsaved changes.", save, discard,
                cancel);
        alert.setHeaderText("Save your changes first?");
        return alert.showAndWait().map(ButtonType::getButtonData).orElse(ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static String time(long micros) {
        return SimTime.format(micros);
    }
}
