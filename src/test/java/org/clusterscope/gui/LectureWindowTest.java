package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.panels.InspectorRow;
import org.clusterscope.runtime.Command;
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

    @Test
    void menusNameKeysAsThePlatformDoesAndMessagesCountInPlainEnglish(FxRobot robot) {
        harness.openDemo(robot);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> shown = new ArrayList<>();
        bar.getMenus().forEach(menu -> menu.getItems().stream().filter(item -> item.getAccelerator() != null)
                .forEach(item -> shown.add(item.getText() + " " + item.getAccelerator().getDisplayText())));
        assertThat(shown).anyMatch(text -> text.startsWith("Reset ") && text.endsWith("Backspace"));
        assertThat(shown).anyMatch(text -> text.startsWith("Play / Pause ") && text.endsWith("Space"));
        // the key names: "Backspace", not "BACK_SPACE" nor "Back Space"
        assertThat(shown).noneMatch(text -> text.contains("_") || text.contains("Back Space") || text.contains("SPACE"));

        var editor = harness.window.model().editor();
        robot.clickOn(harness.screenOf("n1"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(editor.statusProperty().get()).isEqualTo("Delete 1 node and 3 links");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.statusProperty().get()).isEqualTo("Undone: Delete 1 node and 3 links");
    }

    @Test
    void aNodeWaitingForItsStartIsDrawnAsNotStartedNotAsDown(FxRobot robot) {
        // the demo starts n5 at 2 s
        harness.openDemo(robot);
        harness.runUntil(robot, 1_000_000);
        assertThat(harness.drawnState("n1")).isNotNull();
        assertThat(harness.drawnState("n5")).as("n5 is not down, it has not started").isNull();
        robot.interact(() -> {
            harness.window.model().editor().selectOnly(NodeId.of("n5"));
            harness.window.model().refreshInspector();
        });
        assertThat(harness.window.model().inspector().rows()).contains(new InspectorRow("state", "not started yet"));

        harness.runUntil(robot, 3_000_000);
        assertThat(harness.drawnState("n5")).isNotNull().isNotEqualTo(NodeState.DOWN);
    }

    @Test
    void aKilledNodesInspectorSaysItIsDownAndMarksWhatItSawAsWhenItStopped(FxRobot robot) {
        harness.runDemoUntilAMaster(robot);
        NodeId master = harness.drawn().live().masters().get(0);
        robot.interact(() -> harness.window.model().apply(Command.kill(master)));
        harness.advanceUntil(robot, "the master drawn down", 20_000_000,
                () -> harness.drawnState(master.value()) == NodeState.DOWN);
        robot.interact(() -> {
            harness.window.model().editor().selectOnly(master);
            harness.window.model().refreshInspector();
        });
        var rows = harness.window.model().inspector().rows();
        assertThat(rows.get(0).value()).startsWith("down");
        assertThat(rows).contains(new InspectorRow("votes held", "none (not running)"));
        assertThat(rows).extracting(InspectorRow::key).doesNotContain("connected", "count", "master", "votes for");
        assertThat(rows).anyMatch(row -> row.key().equals("when it stopped"));
        assertThat(rows).noneMatch(row -> row.value().contains("✔"));
    }

    @Test
    void theTitleAlwaysNamesTheOpenDocument(FxRobot robot) {
        harness.openDemo(robot);
        Stage stage = (Stage) harness.window.scene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — " + harness.window.session().title());
        assertThat(stage.getTitle()).isNotEqualTo("ClusterScope — Untitled");

        robot.clickOn("File").clickOn("New");
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — Untitled");

        robot.interact(() -> harness.window.session().open(Path.of("scenarios", "split-2-2.json")));
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — A 2 | 2 split: everyone leaves");

        robot.clickOn("File").clickOn("New");
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — Untitled");
    }

    @Test
    void afterTheHealStartAllBringsEveryDispatchedNodeBackAtOnceAndRestartAllRestartsEveryone(FxRobot robot) {
        robot.interact(() -> harness.window.session().open(Path.of("scenarios", "split-2-2.json")));
        // the even split dispatches everyone; the scenario heals at 20 s and starts them at 21 s
        harness.runUntil(robot, 20_200_000);
        List<String> ids = List.of("n1", "n2", "n3", "n4");
        assertThat(ids).allMatch(id -> harness.drawnState(id) == NodeState.DISPATCHED);

        robot.clickOn("Faults").clickOn("Start All Stopped Nodes");
        harness.advanceUntil(robot, "all four running again before the scenario's own start", 20_900_000,
                () -> ids.stream().allMatch(id -> harness.drawnState(id) != null && harness.drawnState(id).isRunning()));

        robot.clickOn("Faults").clickOn("Restart All Nodes");
        harness.advanceUntil(robot, "four restarts logged", 30_000_000, () -> harness.window.model().log().lines().stream()
                .filter(line -> line.text().matches("✋ by hand: (re)?start n[1-4]")).count() == 8);
        assertThat(harness.window.model().log().lines()).noneMatch(line -> line.text().contains("nothing to do"));
    }

    @Test
    void viewCaptionShowsTheWholeDescriptionOnTheCanvasWithTheLatestNoteAsSubtitle(FxRobot robot) {
        harness.openDemo(robot);
        var caption = harness.window.controller().caption();
        String description = harness.window.session().scenario().description();
        assertThat(caption.isVisible()).as("hidden until asked for").isFalse();

        javafx.scene.control.CheckMenuItem item = null;
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (var menu : bar.getMenus()) {
            for (var each : menu.getItems()) {
                if ("Caption".equals(each.getText()) && each instanceof javafx.scene.control.CheckMenuItem check) {
                    item = check;
                }
            }
        }
        assertThat(item).as("View ▸ Caption").isNotNull();
        javafx.scene.control.CheckMenuItem captionItem = item;
        robot.interact(() -> captionItem.setSelected(true));
        robot.interact(() -> harness.window.scene().getRoot().layout());

        assertThat(caption.isVisible()).isTrue();
        assertThat(caption.descriptionShown()).isEqualTo(description);
        assertThat(caption.descriptionFits()).as("the description is shown whole, not cut").isTrue();
        var bounds = caption.localToScene(caption.getBoundsInLocal());
        var canvas = harness.window.controller().canvas();
        var canvasBounds = canvas.localToScene(canvas.getBoundsInLocal());
        assertThat(canvasBounds.contains(bounds)).as("the caption lies on the canvas").isTrue();
        assertThat(caption.noteShown()).isEmpty();

        harness.runUntil(robot, 1_000_000);
        robot.interact(() -> harness.window.model().apply(new Command.Note("Watch the votes go to n1")));
        harness.runUntil(robot, 2_000_000);
        WindowHarness.waitUntil("the note as subtitle", () -> caption.noteShown().equals("Watch the votes go to n1"));

        robot.interact(() -> captionItem.setSelected(false));
        assertThat(caption.isVisible()).as("toggled off again").isFalse();
    }

    @Test
    void inPresentationModeAt1280By720EveryToolbarControlAndTheClockStayWholeAndInView(FxRobot robot) {
        harness.openDemo(robot);
        robot.interact(() -> {
            Stage stage = (Stage) harness.window.scene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(720);
            harness.window.model().presentationProperty().set(true);
        });
        robot.interact(() -> harness.window.scene().getRoot().layout());
        double sceneWidth = harness.window.scene().getWidth();
        for (String id : List.of("#editTool", "#addTool", "#playButton", "#resetButton", "#clockLabel",
                "#killMasterButton", "#healButton", "#recordButton")) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            assertThat(labeled.getScene()).as("%s in the window, not in an overflow menu", id).isNotNull();
            {
                var bounds = labeled.localToScene(labeled.getBoundsInLocal());
                assertThat(labeled.isVisible()).as(labeled.getText()).isTrue();
                assertThat(bounds.getMaxX()).as("%s inside the window", labeled.getText()).isLessThanOrEqualTo(sceneWidth);
                assertThat(labeled.getWidth()).as("%s shown whole", labeled.getText())
                        .isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
            }
        }
        assertThat(robot.lookup(".clock").queryAs(Labeled.class).getText()).doesNotContain("...");

        // fit to window leaves the legend's strip free: no node is drawn under the legend
        robot.interact(() -> harness.window.controller().fitToWindow());
        var canvas = harness.window.controller().canvas();
        double strip = org.clusterscope.gui.canvas.CanvasView.legendStrip(true);
        for (var node : harness.window.model().editor().document().nodes()) {
            double left = canvas.viewport().toScreenX(node.x()) - 26 * canvas.viewport().scale();
            assertThat(left).as("%s left of its disc", node.id()).isGreaterThanOrEqualTo(strip);
        }
    }

    @Test
    void pastTheScenariosRunForTheClockSaysSo(FxRobot robot) {
        robot.interact(() -> harness.window.session().open(Path.of("scenarios", "split-2-2.json")));
        Labeled clock = robot.lookup("#clockLabel").queryAs(Labeled.class);
        harness.runUntil(robot, 34_000_000);
        WindowHarness.waitUntil("the clock at 34 s", () -> clock.getText().startsWith("t = 34.000 s"));
        assertThat(clock.getText()).doesNotContain("past the end");

        harness.runUntil(robot, 36_000_000);
        WindowHarness.waitUntil("the clock past the end", () -> clock.getText().contains("past the end (35s)"));
        assertThat(clock.getStyleClass()).contains("overrun");
    }
}
