package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.canvas.CanvasView;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.panels.InspectorRow;
import org.clusterscope.gui.panels.LogLine;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.overlay.NodeOverlay;
import org.clusterscope.scenario.LogSection;
import org.clusterscope.scenario.OverlaySettings;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/**
 * Public mode in the window (PROTOCOL.md §8): the ring of twenty grows discovered links that the
 * canvas, the log, the chart and the inspector show; a discovered link closes from its menu, a
 * node turns private from its menu, the grown mesh is kept as file links, and the file's overlay
 * settings and private flags are edited and saved. Virtual time moves by run-until only.
 */
class OverlayWindowTest extends WindowTest {

    private static final Path RING = Path.of("scenarios", "tezt-public-ring.json");

    private void openRing(FxRobot robot) {
        robot.interact(() -> {
            harness.window.session().open(RING);
            harness.window.controller().fitToWindow();
        });
    }

    /** Runs the ring until the canvas draws at least {@code links} discovered links. */
    private void runUntilMeshed(FxRobot robot, int links) {
        openRing(robot);
        harness.advanceUntil(robot, links + " discovered links drawn", 40_000_000,
                () -> harness.drawn().live().overlay().discovered().size() >= links);
    }

    private List<NodeOverlay> overlayNodes() {
        return harness.window.model().run().overlayNodes();
    }

    /** Fires the context menu request at a world point, as a right-click would (Monocle opens none itself). */
    private ContextMenu contextMenuAt(FxRobot robot, Point2D world) {
        CanvasView canvas = harness.window.controller().canvas();
        Point2D screen = harness.screen(world.getX(), world.getY());
        Point2D scene = canvas.localToScene(canvas.screenToLocal(screen));
        robot.interact(() -> canvas.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null)));
        return harness.window.controller().openContextMenu();
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void theRingGrowsDiscoveredLinksThatTheCanvasLogChartAndInspectorShow(FxRobot robot) {
        runUntilMeshed(robot, 10);
        // the canvas draws them apart from the twenty file links of the ring
        assertThat(harness.drawn().links()).hasSize(20);
        assertThat(harness.drawn().live().overlay().discovered().keySet())
                .noneMatch(key -> harness.window.model().editor().document().contains(key));
        // the log says who asked whom, and why
        WindowHarness.waitUntil("overlay lines in the log", () -> harness.window.model().log().lines().stream()
                .anyMatch(line -> line.section() == LogSection.OVERLAY && line.text().matches("n\\d+ asks n\\d+ — degree .*")));
        assertThat(harness.window.model().log().lines())
                .anyMatch(line -> line.text().matches("n\\d+–n\\d+ linked: n\\d+ accepted at \\d+ of its max 9"));

        // the chart shows degrees and the diameter as steps: each point moves along x or along y, never both;
        // a sample is taken each virtual second, so two seconds on it has seen the links drawn now
        var chart = harness.window.model().chart();
        harness.runUntil(robot, harness.drawn().live().now() + 2_000_000);
        WindowHarness.waitUntil("the max degree charted above the ring's 2", () -> chart.overlayShownProperty().get()
                && chart.overlay().get(2).getData().stream().anyMatch(point -> point.getYValue().doubleValue() > 2));
        for (XYChart.Series<Number, Number> series : chart.overlay()) {
            List<XYChart.Data<Number, Number>> data = List.copyOf(series.getData());
            assertThat(data).as(series.getName()).isNotEmpty();
            for (int i = 1; i < data.size(); i++) {
                boolean flat = data.get(i).getYValue().doubleValue() == data.get(i - 1).getYValue().doubleValue();
                boolean jump = data.get(i).getXValue().doubleValue() == data.get(i - 1).getXValue().doubleValue();
                assertThat(flat || jump).as("%s point %d is a step", series.getName(), i).isTrue();
            }
        }

        // the inspector shows a node's degree against its bounds and its pending requests
        robot.interact(() -> {
            harness.window.model().editor().selectOnly(NodeId.of("n1"));
            harness.window.model().refreshInspector();
        });
        List<InspectorRow> rows = harness.window.model().inspector().rows();
        assertThat(rows).anyMatch(row -> row.key().equals("overlay") && row.value().equals("public"));
        assertThat(rows).anyMatch(row -> row.key().equals("degree") && row.value().contains("(min 3, max 9"));
        assertThat(rows).anyMatch(row -> row.key().equals("pending"));
    }

    @Test
    void theLogsSectionsAreShownOrHiddenFromTheLogPanel(FxRobot robot) {
        runUntilMeshed(robot, 4);
        var log = harness.window.model().log();
        assertThat(log.lines()).anyMatch(line -> line.section() == LogSection.OVERLAY);
        assertThat(log.lines()).anyMatch(line -> line.section() == LogSection.DISCOVERY);

        robot.clickOn("#log-sections");
        robot.clickOn("overlay");
        WindowHarness.waitUntil("overlay lines hidden", () -> log.lines().stream()
                .noneMatch(line -> line.section() == LogSection.OVERLAY));
        assertThat(log.lines()).anyMatch(line -> line.section() == LogSection.DISCOVERY);
        CheckMenuItem overlay = (CheckMenuItem) robot.lookup("#log-sections").queryAs(javafx.scene.control.MenuButton.class)
                .getItems().stream().filter(i -> "log-section-overlay".equals(i.getId())).findFirst().orElseThrow();
        assertThat(overlay.isSelected()).isFalse();

        robot.interact(() -> overlay.setSelected(true));
        assertThat(log.lines()).anyMatch(line -> line.section() == LogSection.OVERLAY);
    }

    @Test
    void aDiscoveredLinkClosesFromItsMenuAndRecordModeKeepsTheCommand(FxRobot robot) {
        runUntilMeshed(robot, 4);
        robot.interact(() -> harness.window.model().recordingProperty().set(true));
        LinkKey link = harness.drawn().live().overlay().discovered().keySet().iterator().next();
        var positions = harness.window.model().editor().positions();
        Point2D middle = positions.get(link.a()).midpoint(positions.get(link.b()));

        ContextMenu menu = contextMenuAt(robot, middle);
        assertThat(menu).isNotNull();
        MenuItem close = item(menu, "close-link-item");
        assertThat(close.getText()).contains(link.a().value()).contains(link.b().value());
        robot.interact(close::fire);

        WindowHarness.waitUntil("the link drawn closed",
                () -> !harness.drawn().live().overlay().discovered().containsKey(link));
        WindowHarness.waitUntil("the close recorded", () -> !harness.window.model().recorded().isEmpty());
        assertThat(harness.window.model().recorded().get(0).command()).isEqualTo(new Command.CloseLink(link.a(), link.b()));
        WindowHarness.waitUntil("the close logged", () -> harness.window.model().log().lines().stream()
                .map(LogLine::text).anyMatch(text -> text.endsWith("closed: closed by hand")));
    }

    @Test
    void aNodeTurnsPrivateFromItsMenuWhileRunningAndLosesItsDiscoveredLinks(FxRobot robot) {
        runUntilMeshed(robot, 10);
        NodeId busy = overlayNodes().stream().filter(node -> !node.discovered().isEmpty()).findFirst().orElseThrow().id();
        var at = harness.window.model().editor().positions().get(busy);

        ContextMenu menu = contextMenuAt(robot, at);
        CheckMenuItem privateItem = (CheckMenuItem) item(menu, "private-item");
        assertThat(privateItem.isSelected()).isFalse();
        robot.interact(() -> {
            privateItem.setSelected(true);
            privateItem.fire();
        });

        WindowHarness.waitUntil(busy + " private with no discovered link", () -> overlayNodes().stream()
                .anyMatch(node -> node.id().equals(busy) && node.privateNode() && node.discovered().isEmpty()));
        WindowHarness.waitUntil("none of its links drawn", () -> harness.drawn().live().overlay().discovered().keySet()
                .stream().noneMatch(key -> key.a().equals(busy) || key.b().equals(busy)));
    }

    @Test
    void keepDiscoveredLinksTurnsTheMeshIntoFileLinksAndUndoTakesThemBack(FxRobot robot) {
        runUntilMeshed(robot, 10);
        robot.interact(() -> harness.window.model().run().pause());
        var discovered = harness.drawn().live().overlay().discovered().keySet();
        int fileLinks = harness.window.model().editor().document().links().size();

        int[] kept = new int[1];
        robot.interact(() -> kept[0] = harness.window.controller().overlayActions().keepDiscoveredLinks());
        assertThat(kept[0]).isEqualTo(discovered.size());
        assertThat(harness.window.model().editor().document().links()).hasSize(fileLinks + kept[0]);
        assertThat(discovered).allMatch(key -> harness.window.model().editor().document().contains(key));
        assertThat(harness.window.session().currentScenario().links()).hasSize(fileLinks + kept[0]);

        robot.interact(() -> harness.window.model().editor().undo());
        assertThat(harness.window.model().editor().document().links()).hasSize(fileLinks);
    }

    @Test
    void whileEditingPrivateIsTheNodesFlagAndTheSettingsAreSavedInTheOverlaySection(FxRobot robot,
            @TempDir Path folder) throws Exception {
        openRing(robot);
        var at = harness.window.model().editor().positions().get(NodeId.of("n3"));
        ContextMenu menu = contextMenuAt(robot, at);
        CheckMenuItem privateItem = (CheckMenuItem) item(menu, "private-item");
        robot.interact(() -> {
            privateItem.setSelected(true);
            privateItem.fire();
        });
        assertThat(nodeDef(harness.window.session().currentScenario(), "n3").privateNode()).isTrue();
        assertThat(harness.window.model().editor().dirtyProperty().get()).isTrue();
        robot.interact(() -> {
            harness.window.model().editor().selectOnly(NodeId.of("n3"));
            harness.window.model().refreshInspector();
        });
        assertThat(harness.window.model().inspector().rows())
                .anyMatch(row -> row.key().equals("overlay") && row.value().startsWith("private"));

        robot.interact(() -> harness.window.controller().overlayActions()
                .setSettings(new OverlaySettings(true, 4, 3000)));
        Path file = folder.resolve("ring.json");
        robot.interact(() -> harness.window.session().saveTo(file));
        Scenario saved = new ScenarioReader().read(file);
        assertThat(saved.overlay()).isEqualTo(new OverlaySettings(true, 4, 3000));
        assertThat(nodeDef(saved, "n3").privateNode()).isTrue();
        assertThat(nodeDef(saved, "n4").privateNode()).isFalse();
        assertThat(Files.readString(file)).contains("\"private\"");

        // both edits are undoable, newest first
        robot.interact(() -> harness.window.model().editor().undo());
        assertThat(harness.window.session().currentScenario().overlay()).isEqualTo(OverlaySettings.publicMode());
        robot.interact(() -> harness.window.model().editor().undo());
        assertThat(nodeDef(harness.window.session().currentScenario(), "n3").privateNode()).isFalse();
    }

    private static org.clusterscope.scenario.NodeDef nodeDef(Scenario scenario, String id) {
        return scenario.nodes().stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow();
    }
}
