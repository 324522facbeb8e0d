package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.geometry.Point2D;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.sequence.SequencePanel;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.SequenceDiagram;

/**
 * The Sequence tab: it follows the run up to the instant shown, explains an arrow under the mouse,
 * exports what it shows as SVG and PNG, and opens in a window of its own.
 */
class SequenceWindowTest extends WindowTest {

    @TempDir
    Path folder;

    @Test
    void theSequenceTabFollowsTheRunExplainsArrowsAndExports(FxRobot robot) throws Exception {
        var scenario = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
        robot.interact(() -> harness.window.session().openScenario(scenario));
        robot.clickOn("Sequence");
        SequencePanel panel = harness.window.controller().sequencePanel();
        assertThat(panel.isVisible()).isTrue();
        harness.runUntil(robot, 14_000_000);
        WindowHarness.waitUntil("the window at 14 s", () -> harness.window.model().run().frame().now() >= 14_000_000);

        AtomicReference<SequenceDiagram> shown = new AtomicReference<>();
        robot.interact(() -> {
            panel.repaint();
            shown.set(panel.shown());
        });
        SequenceDiagram diagram = shown.get();
        assertThat(diagram.to()).isEqualTo(harness.window.model().run().frame().now());
        assertThat(diagram.from()).isEqualTo(diagram.to() - panel.span());
        assertThat(diagram.bands()).extracting(SequenceDiagram.Band::label).contains("kill n1");
        assertThat(diagram.marks()).anySatisfy(m -> {
            assertThat(m.node()).isEqualTo(NodeId.of("n2"));
            assertThat(m.label()).isEqualTo("MASTER");
        });
        assertThat(diagram.arrows()).extracting(SequenceDiagram.Arrow::kind).contains("vote")
                .doesNotContain("beacon");

        // hovering a vote arrow tells the message and why it was sent
        AtomicReference<SequenceDiagram.Arrow> target = new AtomicReference<>();
        AtomicReference<Point2D> point = new AtomicReference<>();
        robot.interact(() -> {
            for (SequenceDiagram.Arrow arrow : diagram.arrows()) {
                Point2D at = panel.screenPointOf(arrow);
                if (arrow.kind().equals("vote") && at != null && point.get() == null) {
                    target.set(arrow);
                    point.set(at);
                }
            }
        });
        assertThat(point.get()).as("a vote arrow in view").isNotNull();
        robot.moveTo(point.get());
        // the pointer rests on the arrow as a user's would: should a layout pass move the panel
        // after the point was read (a busy machine), point at where the arrow is drawn now
        AtomicInteger jiggle = new AtomicInteger();
        WindowHarness.waitUntil("a tooltip on the arrow", () -> {
            if (panel.hoverText().startsWith("vote #")) {
                return true;
            }
            AtomicReference<Point2D> now = new AtomicReference<>();
            robot.interact(() -> now.set(panel.screenPointOf(target.get())));
            if (now.get() != null) {
                robot.moveTo(now.get().add(jiggle.getAndIncrement() % 2, 0));
            }
            return panel.hoverText().startsWith("vote #");
        });
        assertThat(panel.hoverText()).contains(" votes ").contains(target.get().from().value());

        // zooming in shows less time
        long before = panel.span();
        robot.clickOn("#sequenceZoomIn");
        assertThat(panel.span()).isLessThan(before);

        // paused, the wheel looks back in time and Ctrl with the wheel zooms; down again follows the instant
        long end = panel.shown().to();
        // (a robot's wheel does not reach a canvas under Monocle: the event is fired on it instead)
        robot.interact(() -> wheel(panel, 40, false));
        assertThat(panel.shown().to()).isLessThan(end);
        assertThat(panel.back()).isPositive();
        long zoomed = panel.span();
        robot.interact(() -> wheel(panel, 40, true));
        assertThat(panel.span()).isLessThan(zoomed);
        robot.interact(() -> panel.scrollBack(-panel.back()));
        assertThat(panel.shown().to()).isEqualTo(end);

        Path svg = folder.resolve("sequence.svg");
        Path png = folder.resolve("sequence.png");
        AtomicReference<Boolean> written = new AtomicReference<>();
        robot.interact(() -> written.set(panel.exportSvg(svg) && panel.exportPng(png)));
        assertThat(written.get()).isTrue();
        var doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(svg)).contains(">n1<", ">n5<", "class=\"message vote\"");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(500);
        assertThat(image.getHeight()).isGreaterThan(100);

        robot.clickOn("#sequenceDetach");
        WindowHarness.waitUntil("the projector window", () -> harness.window.controller().sequenceWindow().stage() != null
                && harness.window.controller().sequenceWindow().stage().isShowing());
        robot.interact(() -> harness.window.controller().sequenceWindow().close());
        assertThat(harness.window.controller().sequenceWindow().stage()).isNull();
    }

    @Test
    void afterASeekBackTheSequenceTabShowsTheRunUpToTheInstantShown(FxRobot robot) throws Exception {
        var scenario = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
        robot.interact(() -> harness.window.session().openScenario(scenario));
        robot.clickOn("Sequence");
        SequencePanel panel = harness.window.controller().sequencePanel();
        harness.runUntil(robot, 16_000_000);
        WindowHarness.waitUntil("the window at 16 s", () -> harness.window.model().run().frame().now() >= 16_000_000);

        robot.interact(() -> harness.window.model().run().seek(14_000_000));
        WindowHarness.waitUntil("the run rebuilt at 14 s", () -> harness.window.model().run().frame().now() == 14_000_000
                && !harness.window.model().run().seekingProperty().get());

        AtomicReference<SequenceDiagram> shown = new AtomicReference<>();
        robot.interact(() -> {
            panel.repaint();
            shown.set(panel.shown());
        });
        // the rebuilt run was recorded from its first event, not from when it was swapped in
        assertThat(shown.get().to()).isEqualTo(14_000_000);
        assertThat(shown.get().bands()).extracting(SequenceDiagram.Band::label).contains("kill n1");
        assertThat(shown.get().arrows()).extracting(SequenceDiagram.Arrow::kind).contains("vote");
        assertThat(shown.get().marks()).anySatisfy(m -> assertThat(m.label()).isEqualTo("MASTER"));
    }

    private static void wheel(SequencePanel panel, double deltaY, boolean control) {
        javafx.scene.Node canvas = panel.lookup("Canvas");
        javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                10, 10, 10, 10, false, control, false, false, false, false, 0, deltaY, 0, deltaY,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }
}
