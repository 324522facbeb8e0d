package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.ButtonBar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Unsaved work is never lost without asking, and files opened once are a click away in Open Recent. */
class FilesWindowTest extends WindowTest {

    @Test
    void newAsksBeforeDroppingAnUnsavedEditAndCancelKeepsIt(FxRobot robot) {
        robot.interact(() -> harness.window.files().newDocument());
        Point2D origin = harness.window.controller().canvas().localToScreen(0, 0);
        robot.doubleClickOn(origin.add(200, 150));
        assertThat(harness.window.model().editor().document().nodes()).hasSize(1);

        List<String> asked = new ArrayList<>();
        harness.window.files().setPrompt(title -> {
            asked.add(title);
            return ButtonBar.ButtonData.CANCEL_CLOSE;
        });
        robot.clickOn("File").clickOn("New");
        assertThat(asked).containsExactly("Untitled");
        assertThat(harness.window.model().editor().document().nodes()).hasSize(1);
        assertThat(harness.window.model().titleProperty().get()).isEqualTo("ClusterScope — Untitled *");

        harness.window.files().setPrompt(title -> ButtonBar.ButtonData.NO);
        robot.clickOn("File").clickOn("New");
        assertThat(harness.window.model().editor().document().nodes()).isEmpty();
        assertThat(harness.window.model().titleProperty().get()).isEqualTo("ClusterScope — Untitled");
    }

    @Test
    void aSavedFileIsInOpenRecentAndOpensFromThere(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("ring.json");
        harness.openDemo(robot);
        robot.interact(() -> harness.window.session().saveTo(file));
        assertThat(Files.exists(file)).isTrue();
        robot.interact(() -> harness.window.files().newDocument());
        assertThat(harness.window.model().editor().document().nodes()).isEmpty();

        robot.clickOn("File").clickOn("Open Recent").clickOn(file.getFileName() + "  —  " + file.getParent());

        assertThat(harness.window.session().path()).contains(file);
        assertThat(harness.window.model().editor().document().nodes()).hasSize(5);
        assertThat(harness.window.model().titleProperty().get()).isEqualTo("ClusterScope — Ring of five: the master dies");
    }
}
