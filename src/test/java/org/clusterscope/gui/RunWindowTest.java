package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.geometry.Point2D;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.canvas.CanvasView;
import org.clusterscope.gui.panels.ExpectationRow;

/** The default demo runs live in the window: an election, a killed master, a cut network, a saved file. */
class RunWindowTest extends WindowTest {

    @Test
    void theRingElectsTheLowestPortKillingItFromTheContextMenuElectsTheNextAndPlayGoesOn(FxRobot robot) {
        harness.openDemo(robot);
        robot.interact(() -> harness.window.model().run().setSpeed(5));
        // virtual time moves by run-until steps (which leave the run paused), so the story sees the
        // same instants on a loaded machine as on a quiet one; Play is pressed at the end
        harness.advanceUntil(robot, "n1 drawn as master", 8_000_000,
                () -> harness.drawnState("n1") == NodeState.MASTER);
        assertThat(harness.drawn().live().masters()).containsExactly(NodeId.of("n1"));

        CanvasView canvas = harness.window.controller().canvas();
        Point2D n1 = harness.screenOf("n1");
        // a robot right-click opens no context menu under Monocle: fire the request itself (scene coordinates)
        Point2D scene = canvas.localToScene(canvas.screenToLocal(n1));
        robot.interact(() -> canvas.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), n1.getX(), n1.getY(), false, null)));
        robot.clickOn("Kill n1 (crash)");

        WindowHarness.waitUntil("the kill applied", () -> harness.drawnState("n1") == NodeState.DOWN);
        // before 10 s, when the scenario kills the master of its own accord
        harness.advanceUntil(robot, "n2 drawn as the new master", 9_750_000,
                () -> harness.drawnState("n2") == NodeState.MASTER);
        assertThat(harness.drawnState("n1")).isEqualTo(NodeState.DOWN);
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("by hand: kill n1"));
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("n2: slave → master"));
        // while it runs, the topology is locked; a click on empty space does not add a node
        assertThat(harness.window.model().editor().editableProperty().get()).isFalse();

        long paused = harness.drawn().live().now();
        robot.clickOn("▶ Play");
        WindowHarness.waitUntil("virtual time moving on at 5×", () -> harness.drawn().live().now() > paused);
        assertThat(harness.window.model().run().playingProperty().get()).isTrue();
    }

    @Test
    void aCutLineAcrossTheRingSplitsItIntoTwoShadedParts(FxRobot robot) {
        harness.runDemoUntilAMaster(robot);
        assertThat(harness.drawn().live().now()).as("still before the scenario's own faults").isLessThan(10_000_000);

        robot.press(KeyCode.C).release(KeyCode.C);
        // a vertical line at x = 245 crosses the two links of n5 (n1—n5 and n4—n5) and nothing else
        robot.drag(harness.screen(245, 120), MouseButton.PRIMARY).dropTo(harness.screen(245, 420));

        WindowHarness.waitUntil("the cut applied", () -> harness.window.model().log().lines().stream()
                .anyMatch(line -> line.text().contains("by hand: partition")));
        WindowHarness.waitUntil("two partition groups drawn", () -> harness.drawn().live().partition().size() == 2);
        assertThat(harness.drawn().live().partition().get(1)).containsExactly(NodeId.of("n5"));
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("by hand: partition"));
    }

    @Test
    void runningUntilNineSecondsTurnsTheFirstExpectationGreen(FxRobot robot) {
        harness.openDemo(robot);
        var rows = harness.window.model().expectations().rows();
        assertThat(rows).hasSize(6).allMatch(row -> row.status() == ExpectationRow.Status.PENDING);

        harness.runUntil(robot, 9_000_000);
        WindowHarness.waitUntil("the check at 8 s shown", () -> rows.get(0).status() != ExpectationRow.Status.PENDING);

        assertThat(rows.get(0).status()).isEqualTo(ExpectationRow.Status.PASS);
        assertThat(rows.get(1).status()).as("by 18s: not yet").isEqualTo(ExpectationRow.Status.PENDING);
        assertThat(rows.get(5).status()).as("always: holds so far").isEqualTo(ExpectationRow.Status.PASS);
    }

    @Test
    void savingAndReopeningGivesBackTheSameScenarioWithTheRecordedCommands(FxRobot robot, @TempDir Path dir)
            throws Exception {
        harness.openDemo(robot);
        robot.interact(() -> harness.window.model().recordingProperty().set(true));
        harness.runUntil(robot, 3_000_000);
        robot.interact(() -> harness.window.model().apply(org.clusterscope.runtime.Command.kill(NodeId.of("n3"))));
        WindowHarness.waitUntil("the kill recorded", () -> !harness.window.model().recorded().isEmpty());
        assertThat(harness.window.model().titleProperty().get()).endsWith(" *");

        Path file = dir.resolve("saved.json");
        robot.interact(() -> harness.window.session().saveTo(file));
        assertThat(harness.window.model().titleProperty().get()).isEqualTo("ClusterScope — Ring of five: the master dies");
        var saved = harness.window.session().scenario();
        assertThat(Files.readString(file)).contains("\"kill\" : \"n3\"".replace(" : ", ": "));

        robot.interact(() -> harness.window.session().open(file));
        assertThat(harness.window.session().scenario()).isEqualTo(saved);
        assertThat(harness.window.model().editor().document().nodes()).hasSize(5);
        assertThat(harness.window.model().editor().document().links()).hasSize(6);
        assertThat(harness.window.controller().timeline().marks()).anyMatch(mark -> mark.label().equals("kill n3"));

        Path png = dir.resolve("canvas.png");
        robot.interact(() -> harness.window.files().exportPng(harness.window.controller().canvas(), png));
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(header).containsExactly(0x89, 'P', 'N', 'G');

        // for print: twice the canvas's size, drawn afresh, with the title and the instant written on it
        Path twice = dir.resolve("canvas@2x.png");
        robot.interact(() -> harness.window.files().exportPng(harness.window.controller().canvas(), twice, 2));
        var canvas = harness.window.controller().canvas().canvas();
        java.awt.image.BufferedImage one = javax.imageio.ImageIO.read(png.toFile());
        java.awt.image.BufferedImage two = javax.imageio.ImageIO.read(twice.toFile());
        assertThat(one.getWidth()).isEqualTo((int) Math.round(canvas.getWidth()));
        assertThat(two.getWidth()).isEqualTo((int) Math.round(2 * canvas.getWidth()));
        assertThat(two.getHeight()).isEqualTo((int) Math.round(2 * canvas.getHeight()));
        // the caption's dark text in the upper left corner, where the screen shows only background
        assertThat(darkPixels(two, 0, 0, 500, 50)).isGreaterThan(50);
    }

    private static int darkPixels(java.awt.image.BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < Math.min(image.getWidth(), x0 + width); x++) {
                int rgb = image.getRGB(x, y);
                int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (sum < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
