package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A teacher drives the window in front of a class: keys, clicks, titles and what the picture says. */
class LectureWindowTest extends WindowTest {

    @Test
    void ctrlSpacePlaysAndCtrlBackspaceResetsWithTheCanvasFocusedAndNothingIsDeleted(FxRobot robot) {
        harness.openDemo(robot);
        var editor = harness.window.model().editor();
        int nodes = editor.document().nodes().size();
        int links = editor.document().links().size();
        robot.clickOn(harness.screenOf("n1"));
        assertThat(harness.window.controller().canvas().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowHarness.waitUntil("Ctrl+Space plays", () -> harness.window.model().run().playingProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowHarness.waitUntil("Ctrl+Space pauses", () -> !harness.window.model().run().playingProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE, KeyCode.CONTROL);
        assertThat(editor.document().nodes()).hasSize(nodes);
        assertThat(editor.document().links()).hasSize(links);
        assertThat(harness.window.model().run().startedProperty().get()).isFalse();
        assertThat(editor.canUndoProperty().get()).isFalse();

        // the same from the run-until text field
        robot.clickOn("#runUntilField");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowHarness.waitUntil("Ctrl+Space plays from a text field", () -> harness.window.model().run().playingProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE, KeyCode.CONTROL);
        assertThat(harness.window.model().run().startedProperty().get()).isFalse();
    }

    @Test
    void aClickOnEmptyCanvasClearsTheSelectionAndAddsNothingADoubleClickOrTheAddToolAddsANode(FxRobot robot) {
        harness.openDemo(robot);
        var editor = harness.window.model().editor();
        int nodes = editor.document().nodes().size();
        robot.clickOn(harness.screenOf("n1"));
        assertThat(editor.selection().nodes()).hasSize(1);
        Point2D empty = harness.window.controller().canvas().localToScreen(15, 15);

        robot.clickOn(empty);
        assertThat(editor.selection().nodes()).isEmpty();
        assertThat(editor.document().nodes()).hasSize(nodes);

        robot.doubleClickOn(empty);
        assertThat(editor.document().nodes()).hasSize(nodes + 1);

        robot.press(KeyCode.A).release(KeyCode.A);
        robot.clickOn(harness.window.controller().canvas().localToScreen(15, 80));
        assertThat(editor.document().nodes()).hasSize(nodes + 2);
    }
}
