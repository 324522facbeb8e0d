package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Faults menu on the running demo: a named nemesis splits the ring, Heal joins it again; presentation mode. */
@ExtendWith(ApplicationExtension.class)
class FaultsWindowTest {

    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = WindowHarness.open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        harness.close(robot);
    }

    @Test
    void halvesFromTheNemesisMenuSplitsTheRingAndHealJoinsIt(FxRobot robot) {
        harness.openDemo(robot);
        robot.interact(() -> harness.window.model().run().setSpeed(3));
        robot.clickOn("▶ Play");
        WindowHarness.waitUntil(20, "a master", () -> !harness.drawn().live().masters().isEmpty());

        robot.clickOn("Faults").clickOn("Nemesis").clickOn("Halves");

        // halves of the five running nodes, in scenario order, smaller half first (PROTOCOL.md §6)
        WindowHarness.waitUntil(10, "two partition groups drawn", () -> harness.drawn().live().partition().size() == 2);
        assertThat(harness.drawn().live().partition()).containsExactly(
                List.of(NodeId.of("n1"), NodeId.of("n2")),
                List.of(NodeId.of("n3"), NodeId.of("n4"), NodeId.of("n5")));
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("halves"));

        robot.clickOn("Heal");
        WindowHarness.waitUntil(10, "the partition healed", () -> harness.drawn().live().partition().isEmpty());
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.text().contains("network healed"));
    }

    @Test
    void presentationModeDrawsLargerNodesAndTheShortcutTurnsItOffAgain(FxRobot robot) {
        harness.openDemo(robot);
        double normal = harness.drawn().nodeRadius();

        robot.clickOn("View").clickOn("Presentation Mode");
        WindowHarness.waitUntil(5, "presentation mode drawn", () -> harness.drawn().presentation());
        assertThat(harness.drawn().nodeRadius()).isGreaterThan(normal);

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WindowHarness.waitUntil(5, "presentation mode off", () -> !harness.drawn().presentation());
    }
}
