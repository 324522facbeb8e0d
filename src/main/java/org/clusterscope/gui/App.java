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

    @Override
    public void start(Stage stage) {
        window = MainWindow.open(stage, RecentFiles.forUser());
        List<String> files = getParameters().getRaw();
        if (files.isEmpty() || !window.session().open(Path.of(files.get(0)))) {
            window.session().openResource(DocumentSession.DEFAULT_DEMO);
        }
        window.model().editor().commands().reset();
        Platform.runLater(window.controller()::fitToWindow);
    }

    @Override
    public void stop() {
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
