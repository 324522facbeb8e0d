package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Point2D;
import javafx.scene.control.ButtonBar;
import javafx.stage.Stage;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.canvas.DrawModel;
import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window for a test and offers the few look-ups the stories need. */
final class WindowHarness {

    final App.MainWindow window;

    private WindowHarness(App.MainWindow window) {
        this.window = window;
    }

    static WindowHarness open(Stage stage) {
        Preferences preferences = Preferences.userRoot().node("org/clusterscope/gui-test");
        try {
            preferences.clear();
        } catch (BackingStoreException ignored) {
            // a fresh node has nothing to clear
        }
        App.MainWindow window = App.MainWindow.open(stage, new RecentFiles(preferences));
        window.files().setPrompt(title -> ButtonBar.ButtonData.NO);
        return new WindowHarness(window);
    }

    /** Stops the simulation and the window's timers and closes it, so no test leaves work running. */
    void close(FxRobot robot) {
        robot.interact(() -> window.controller().dispose());
    }

    void openDemo(FxRobot robot) {
        robot.interact(() -> {
            window.session().openResource(DocumentSession.DEFAULT_DEMO);
            window.controller().fitToWindow();
        });
    }

    /** Opens the demo and presses Play at 3×, until a master is drawn. */
    void playDemoUntilAMaster(FxRobot robot) {
        openDemo(robot);
        robot.interact(() -> window.model().run().setSpeed(3));
        robot.clickOn("▶ Play");
        waitUntil(20, "a master", () -> !drawn().live().masters().isEmpty());
    }

    /** The frame the canvas last drew: what is on screen. */
    DrawModel drawn() {
        return window.controller().canvas().lastDrawn();
    }

    NodeState drawnState(String id) {
        NodeLive live = drawn().live().nodes().get(NodeId.of(id));
        return live == null ? null : live.state();
    }

    /** Where a world point of the canvas is on the screen. */
    Point2D screen(double worldX, double worldY) {
        var viewport = window.controller().canvas().viewport();
        return window.controller().canvas().localToScreen(viewport.toScreenX(worldX), viewport.toScreenY(worldY));
    }

    Point2D screenOf(String id) {
        var node = window.model().editor().document().node(NodeId.of(id)).orElseThrow();
        return screen(node.x(), node.y());
    }

    static void waitUntil(long seconds, String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException timeout) {
            assertThat(false).as("waited %d s for: %s", seconds, what).isTrue();
        }
    }
}
