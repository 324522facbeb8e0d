package org.clusterscope.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.files.FileActions;
import org.clusterscope.gui.files.FileChoosers;
import org.clusterscope.gui.files.RecentFiles;

/**
 * The desktop app: the main window with the default demo scenario open, or the scenario file
 * given as the one parameter ({@code clusterscope.jar open FILE}).
 */
public final class App extends Application {

    private MainWindow window;
    private final org.clusterscope.gui.files.Autosave autosave = org.clusterscope.gui.files.Autosave.forUser();
    private javafx.animation.Timeline autosaving;

    @Override
    public void start(Stage stage) {
        window = MainWindow.open(stage, RecentFiles.forUser());
        List<String> files = getParameters().getRaw();
        boolean live = files.contains("--live");
        files = files.stream().filter(arg -> !arg.equals("--live")).toList();
        if (files.isEmpty() || !window.session().open(Path.of(files.get(0)))) {
            window.session().openResource(DocumentSession.DEFAULT_DEMO);
        } else if (live) {
            Platform.runLater(window.controller()::runLive); // open FILE --live: on real sockets at once
        }
        window.model().editor().commands().reset();
        offerRecovery();
        startAutosave();
        Platform.runLater(window.controller()::fitToWindow);
    }

    /** After a crash, the work autosaved before it is offered back (never silently dropped). */
    private void offerRecovery() {
        org.clusterscope.gui.files.RecoveryOffer.offer(autosave, window.session(), window.scene().getWindow());
    }

    /** Every minute, unsaved work goes to the recovery file ({@link org.clusterscope.gui.files.Autosave}). */
    private void startAutosave() {
        autosaving = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(org.clusterscope.gui.files.Autosave.EVERY_MS), tick -> {
                    MainViewModel model = window.model();
                    if (model.editor().dirtyProperty().get() || !model.recorded().isEmpty()) {
                        try {
                            autosave.save(window.session().currentScenario());
                        } catch (IOException | RuntimeException failure) {
                            // the next tick tries again; the document itself is untouched
                        }
                    }
                }));
        autosaving.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosaving.play();
    }

    @Override
    public void stop() {
        if (autosaving != null) {
            autosaving.stop();
        }
        // a clean exit: the user saved or chose to discard, so there is nothing to recover
        autosave.discard();
        if (window != null) {
            window.controller().dispose();
        }
    }

    /** The parts of an open main window, for the app and for tests that drive it. */
    public record MainWindow(MainViewModel model, MainController controller, DocumentSession session,
            FileActions files, Scene scene) {

        /**
         * Builds the window's parts — the view model, the document session on it, the file actions
         * with choosers owned by {@code stage} — loads the FXML, binds the title, and shows the window.
         */
        public static MainWindow open(Stage stage, RecentFiles recent) {
            MainViewModel model = new MainViewModel();
            DocumentSession session = new DocumentSession(model, recent);
            FileActions files = new FileActions(session, new FileChoosers(stage));
            MainController controller = new MainController(model, session, files);
            controller.setSettings(recent);
            FXMLLoader loader = new FXMLLoader(App.class.getResource("MainWindow.fxml"));
            loader.setControllerFactory(type -> controller);
            Parent root;
            try {
                root = loader.load();
            } catch (IOException failure) {
                throw new UncheckedIOException("the main window's FXML is missing from the build", failure);
            }
            // never larger than the screen (a projector may be small; a headless test screen is)
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
            scene.getStylesheets().add(App.class.getResource("clusterscope.css").toExternalForm());
            stage.titleProperty().bind(model.titleProperty());
            stage.setScene(scene);
            stage.setOnCloseRequest(event -> {
                if (!files.confirmDiscard()) {
                    event.consume();
                }
            });
            stage.setFullScreenExitHint("F11 leaves full screen");
            stage.show();
            return new MainWindow(model, controller, session, files, scene);
        }
    }
}
