package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /** How long a story waits for the window before it calls it hung. */
    static final long SAFETY_NET_SECONDS = 60;
    /** Virtual time a story moves on by between two looks at the canvas. */
    static final long STEP_MICROS = 250_000;

    final App.MainWindow window;

    private WindowHarness(App.MainWindow window) {
        this.window = window;
    }

    static WindowHarness open(Stage stage) {
        // the recent files live in memory: a test never writes the user's preferences
        App.MainWindow window = App.MainWindow.open(stage, RecentFiles.inMemory());
        window.files().setPrompt(title -> ButtonBar.ButtonData.NO);
        // the stage is shared by every story: one that resized it (presentation mode at 1280×720)
        // must not hand the next one a smaller window than the app opens with
        stage.sizeToScene();
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

    /**
     * Opens the demo and runs it, a quarter of a virtual second at a time, until a master is
     * drawn: the same virtual instant on any machine, however loaded.
     */
    void runDemoUntilAMaster(FxRobot robot) {
        openDemo(robot);
        advanceUntil(robot, "a master drawn", 10_000_000, () -> !drawn().live().masters().isEmpty());
    }

    /**
     * Runs the simulation to virtual time {@code micros} (the run view model's run-until, which
     * leaves it paused there) and waits until the canvas has drawn that instant.
     */
    void runUntil(FxRobot robot, long micros) {
        robot.interact(() -> window.model().run().runUntil(micros));
        waitUntil("virtual time " + micros / 1_000 + " ms drawn", () -> drawn().live().now() >= micros);
    }

    /**
     * Moves virtual time on in steps of {@link #STEP_MICROS} until {@code condition} holds on
     * what is drawn, failing once virtual time reaches {@code limitMicros} without it. Whether
     * the story passes depends on virtual time alone; the wall clock only bounds each step.
     */
    void advanceUntil(FxRobot robot, String what, long limitMicros, Callable<Boolean> condition) {
        waitUntil("the canvas's first frame", () -> drawn() != null);
        long now = drawn().live().now();
        while (!holds(condition)) {
            assertThat(now).as("virtual time %d ms and still not: %s", now / 1_000, what).isLessThan(limitMicros);
            now = Math.min(limitMicros, now + STEP_MICROS);
            runUntil(robot, now);
        }
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

    /**
     * Waits for something the FX thread or the simulation thread is about to show. The wait is
     * only a safety net against a hang: on a loaded machine it may take long, never fail early.
     */
    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(SAFETY_NET_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException timeout) {
            assertThat(false).as("waited %d s for: %s", SAFETY_NET_SECONDS, what).isTrue();
        }
    }

    private static boolean holds(Callable<Boolean> condition) {
        try {
            return condition.call();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
