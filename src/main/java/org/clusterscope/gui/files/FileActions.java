package org.clusterscope.gui.files;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;

import org.clusterscope.gui.canvas.CanvasView;
import org.clusterscope.scenario.io.SafeFile;

/**
 * File ▸ New / Open / Save / Save As, Open Recent, PNG export, and the prompt before unsaved
 * work is lost: what the menu does with the {@link DocumentSession}, asking through the
 * {@link FileDialogs} port for files and through a {@link DiscardPrompt} before dropping work.
 */
public final class FileActions {

    /** Asks whether to save, discard or cancel before unsaved work would be lost. */
    public interface DiscardPrompt {
        /** {@code YES} to save first, {@code NO} to discard, {@code CANCEL} to stay. */
        ButtonBar.ButtonData ask(String title);
    }

    private final DocumentSession session;
    private final FileDialogs dialogs;
    private DiscardPrompt prompt = FileActions::askWithAlert;

    public FileActions(DocumentSession session, FileDialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
    }

    public void setPrompt(DiscardPrompt newPrompt) {
        prompt = newPrompt;
    }

    /** Keeps {@code menu} listing the session's recent files; choosing one opens it. */
    public void attachRecentMenu(Menu menu) {
        session.recentFiles().addListener((ListChangeListener<Path>) change -> rebuildRecentMenu(menu));
        rebuildRecentMenu(menu);
    }

    public void newDocument() {
        if (confirmDiscard()) {
            session.openBlank();
        }
    }

    public void open() {
        if (confirmDiscard()) {
            dialogs.openScenario(folder()).ifPresent(session::open);
        }
    }

    public void save() {
        if (session.path().isEmpty()) {
            saveAs();
        } else {
            session.saveTo(session.path().get());
        }
    }

    public void saveAs() {
        dialogs.saveScenario(folder(), session.scenario().name() + ".json").ifPresent(session::saveTo);
    }

    /** True when there is nothing unsaved, or the user chose to save it (successfully) or to discard it. */
    public boolean confirmDiscard() {
        if (!session.hasUnsavedWork()) {
            return true;
        }
        ButtonBar.ButtonData answer = prompt.ask(session.title());
        if (answer == ButtonBar.ButtonData.YES) {
            save();
            return !session.hasUnsavedEdits();
        }
        return answer == ButtonBar.ButtonData.NO;
    }

    /** Writes what the canvas shows now to a PNG file chosen by the user. */
    public void exportPng(CanvasView canvas) {
        exportPng(canvas, 1);
    }

    /** As {@link #exportPng(CanvasView)}, {@code factor} times the canvas's size (2× or 4× for print). */
    public void exportPng(CanvasView canvas, double factor) {
        String suffix = factor == 1 ? "" : "@" + (int) factor + "x";
        dialogs.exportPng(session.scenario().name() + suffix + ".png").ifPresent(file -> exportPng(canvas, file, factor));
    }

    public boolean exportPng(CanvasView canvas, Path file) {
        return exportPng(canvas, file, 1);
    }

    /**
     * Writes the canvas, drawn at {@code factor} times its size, to {@code file}, with the
     * scenario's title and the virtual time of the picture written on it.
     */
    public boolean exportPng(CanvasView canvas, Path file, double factor) {
        canvas.repaint();
        WritableImage image = canvas.render(factor, caption(canvas));
        try {
            java.awt.image.BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
            SafeFile.write(file, out -> ImageIO.write(picture, "png", out));
            session.report("Exported " + file.getFileName());
            return true;
        } catch (IOException failure) {
            session.report("Cannot export " + file.getFileName() + ": " + SafeFile.reason(failure));
            return false;
        }
    }

    /** "Title — t = 12.500 s": what a printed picture needs to be told apart from the next. */
    private String caption(CanvasView canvas) {
        long now = canvas.lastDrawn() == null ? 0 : canvas.lastDrawn().live().now();
        return session.title() + " — " + String.format(java.util.Locale.ROOT, "t = %.3f s", now / 1_000_000.0);
    }

    /** Where the choosers start: the folder of the current file, if there is one. */
    private Path folder() {
        return session.path().map(Path::getParent).orElse(null);
    }

    private void rebuildRecentMenu(Menu menu) {
        menu.getItems().clear();
        for (Path file : session.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setOnAction(event -> {
                if (confirmDiscard()) {
                    session.open(file);
                }
            });
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
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
}
