package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.LinkKey;

/** Faults on the running demo from the menu and the link panel, and presentation mode. */
class FaultsWindowTest extends WindowTest {

    @Test
    void halvesFromTheNemesisMenuSplitsTheRingAndHealJoinsIt(FxRobot robot) {
        harness.runDemoUntilAMaster(robot);
        harness.runUntil(robot, 3_000_000); // n5 starts at 2 s: all five run

        robot.clickOn("Faults").clickOn("Nemesis").clickOn("Halves");

        // halves of the five running nodes, in scenario order, smaller half first (PROTOCOL.md §6)
        WindowHarness.waitUntil("two partition groups drawn", () -> harness.drawn().live().partition().size() == 2);
        assertThat(harness.drawn().live().partition()).containsExactly(
                List.of(NodeId.of("n1"), NodeId.of("n2")),
                List.of(NodeId.of("n3"), NodeId.of("n4"), NodeId.of("n5")));
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("halves"));

        robot.clickOn("Heal");
        WindowHarness.waitUntil("the partition healed", () -> harness.drawn().live().partition().isEmpty());
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("network healed"));
    }

    @Test
    void aLinkTakenDownInTheLinkPanelGoesDownInTheRunningNetwork(FxRobot robot) {
        harness.runDemoUntilAMaster(robot);

        Point2D n3 = harness.screenOf("n3");
        Point2D n4 = harness.screenOf("n4");
        robot.moveTo(n3.midpoint(n4)).clickOn(MouseButton.PRIMARY);
        robot.clickOn("link up");
        robot.clickOn("Apply to link");

        LinkKey link = LinkKey.of(NodeId.of("n3"), NodeId.of("n4"));
        WindowHarness.waitUntil("n3—n4 drawn down", () -> !harness.drawn().live().links().get(link).up());
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("link n3—n4 DOWN"));
    }

    @Test
    void presentationModeDrawsLargerNodesAndTheShortcutTurnsItOffAgain(FxRobot robot) {
        harness.openDemo(robot);
        double normal = harness.drawn().nodeRadius();

        robot.clickOn("View").clickOn("Presentation Mode");
        WindowHarness.waitUntil("presentation mode drawn", () -> harness.drawn().presentation());
        assertThat(harness.drawn().nodeRadius()).isGreaterThan(normal);

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WindowHarness.waitUntil("presentation mode off", () -> !harness.drawn().presentation());
    }
}
