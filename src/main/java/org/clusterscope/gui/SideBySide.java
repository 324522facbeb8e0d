package org.clusterscope.gui;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.clusterscope.gui.files.RecentFiles;
import org.clusterscope.scenario.Scenario;

/**
 * Simulation ▸ Open Simulated Twin: a second window with the same scenario, simulated at 1×,
 * started at the same instant as this window's run on real sockets, so that a class watches the
 * two side by side: the same master, the same reactions to the same faults (timings a few
 * milliseconds apart: the real scheduler has jitter the simulation does not).
 */
final class SideBySide {

    private SideBySide() {
    }

    /** Opens the twin beside {@code owner} and starts both runs now: this window live, the twin simulated. */
    static App.MainWindow openTwin(Window owner, Scenario scenario, MainController liveWindow) {
        Stage stage = new Stage();
        App.MainWindow twin = App.MainWindow.open(stage, RecentFiles.inMemory());
        twin.session().openScenario(scenario);
        twin.model().editor().commands().reset();
        stage.titleProperty().unbind();
        stage.setTitle("ClusterScope — " + (scenario.title() == null ? scenario.name() : scenario.title()) + " — simulated twin");
        stage.setOnHidden(event -> twin.controller().dispose());
        if (owner != null) {
            stage.setX(owner.getX() + owner.getWidth() / 2);
            stage.setY(owner.getY() + 40);
        }
        liveWindow.runLive();
        twin.model().run().play();
        Platform.runLater(twin.controller()::fitToWindow);
        return twin;
    }
}
