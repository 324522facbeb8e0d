package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.editor.LayoutKind;

/** A teacher builds a topology with the mouse in the real window. */
class EditorWindowTest extends WindowTest {

    @Test
    void threeClicksPlaceThreeNodesThatARubberBandSelectsAndCtrlRWiresAsARing(FxRobot robot) {
        robot.interact(() -> harness.window.files().newDocument());
        var canvas = harness.window.controller().canvas();
        Point2D origin = canvas.localToScreen(0, 0);

        // the add tool: every click on empty space places a node
        robot.press(KeyCode.A).release(KeyCode.A);
        robot.clickOn(origin.add(200, 150));
        robot.clickOn(origin.add(400, 150));
        robot.clickOn(origin.add(300, 320));
        robot.press(KeyCode.E).release(KeyCode.E);

        var document = harness.window.model().editor().document();
        assertThat(document.nodes()).extracting(DocNode::id)
                .containsExactly(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        assertThat(document.nodes()).extracting(DocNode::port).containsExactly(8081, 8082, 8083);

        robot.drag(origin.add(100, 60), MouseButton.PRIMARY).dropTo(origin.add(520, 420));
        assertThat(harness.window.model().editor().selection().nodes()).hasSize(3);

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(document.links()).extracting(link -> link.key()).containsExactlyInAnyOrder(
                LinkKey.of(NodeId.of("n1"), NodeId.of("n2")), LinkKey.of(NodeId.of("n2"), NodeId.of("n3")),
                LinkKey.of(NodeId.of("n3"), NodeId.of("n1")));
        assertThat(harness.window.scene().getWindow()).extracting(w -> ((Stage) w).getTitle())
                .isEqualTo("ClusterScope — Untitled *");

        // the canvas draws what the document holds
        assertThat(harness.drawn().links()).hasSize(3);
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughEveryEdit(FxRobot robot) {
        robot.interact(() -> harness.window.files().newDocument());
        var editor = harness.window.model().editor();
        Point2D origin = harness.window.controller().canvas().localToScreen(0, 0);
        robot.doubleClickOn(origin.add(200, 200));
        robot.doubleClickOn(origin.add(420, 200));
        // link tool: drag from one node to the other
        robot.press(KeyCode.L).release(KeyCode.L);
        robot.drag(origin.add(200, 200), MouseButton.PRIMARY).dropTo(origin.add(420, 200));
        assertThat(editor.document().links()).hasSize(1);
        // edit tool: move n2 down
        robot.press(KeyCode.E).release(KeyCode.E);
        robot.drag(origin.add(420, 200), MouseButton.PRIMARY).dropTo(origin.add(420, 330));
        double movedY = editor.document().node(NodeId.of("n2")).orElseThrow().y();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.document().node(NodeId.of("n2")).orElseThrow().y()).isLessThan(movedY);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.document().links()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.document().nodes()).isEmpty();
        assertThat(harness.window.model().titleProperty().get()).isEqualTo("ClusterScope — Untitled");

        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        }
        assertThat(editor.document().nodes()).hasSize(2);
        assertThat(editor.document().links()).hasSize(1);
        assertThat(editor.document().node(NodeId.of("n2")).orElseThrow().y()).isEqualTo(movedY);

        // Delete removes the selected node and its link, and undo brings both back
        robot.clickOn(harness.screenOf("n1"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(editor.document().nodes()).extracting(DocNode::id).containsExactly(NodeId.of("n2"));
        assertThat(editor.document().links()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.document().nodes()).extracting(DocNode::id).containsExactly(NodeId.of("n1"), NodeId.of("n2"));
        assertThat(editor.document().links()).hasSize(1);
        assertThat(List.of(editor.canUndoProperty().get(), editor.canRedoProperty().get())).containsExactly(true, true);
    }
    @Test
    void aGridLayoutGlidesTheNodesIntoPlaceAsOneUndoableMove(FxRobot robot) {
        harness.openDemo(robot);
        var editor = harness.window.model().editor();
        Map<NodeId, Point2D> before = editor.positions();
        Map<NodeId, Point2D> target = LayoutKind.GRID.positions(editor.document().nodes(), editor.document().links(), 1);
        assertThat(target).isNotEqualTo(before);

        robot.clickOn("Layout").clickOn("Grid");
        // the glide itself, frame by frame, is LayoutGlideTest's: here the menu starts it and it lands
        WindowHarness.waitUntil("the nodes in place", () -> editor.positions().equals(target));
        assertThat(editor.document().nodes()).allSatisfy(node ->
                assertThat(new Point2D(node.x(), node.y())).isEqualTo(target.get(node.id())));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.positions()).isEqualTo(before);
    }
}
