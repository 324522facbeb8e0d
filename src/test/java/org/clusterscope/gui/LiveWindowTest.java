package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.canvas.CanvasView;
import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.panels.LogLine;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.run.ScenarioRunner;

/**
 * The demo on real sockets in the window (Simulation ▸ Run on Real Sockets): five real nodes in
 * this process, broadcasts as loopback datagrams to each of them, so nothing leaves 127.0.0.1 and
 * no namespace or root is needed. The demo's own timed faults are left out, so that only the
 * story's faults happen. Every wait is on what the canvas draws, with a generous safety net; the
 * one bound on time is the protocol's own, read from the nodes' own event stamps.
 */
class LiveWindowTest extends WindowTest {

    private static final NodeId N1 = NodeId.of("n1");

    /** The demo without its timed events, opened and started live; waits for n1 drawn as master. */
    private Scenario runDemoLiveUntilN1Master(FxRobot robot) {
        robot.interact(() -> {
            harness.window.session().openResource(DocumentSession.DEFAULT_DEMO);
            Scenario demo = harness.window.session().currentScenario();
            harness.window.session().openScenario(new Scenario(demo.format(), demo.name(), demo.title(),
                    demo.description(), demo.seed(), demo.runFor(), demo.protocol(), demo.network(), demo.nodes(),
                    demo.groups(), demo.links(), List.of(), demo.expect(), demo.gdb()));
            harness.window.controller().fitToWindow();
            harness.window.controller().runLive();
        });
        assertThat(harness.window.model().run().liveProperty().get()).contains("TCP");
        WindowHarness.waitUntil("n1 drawn as master of the live ring", () -> harness.drawn() != null
                && harness.drawnState("n1") == NodeState.MASTER);
        return harness.window.session().currentScenario();
    }

    @Test
    void theDemoLiveElectsN1AndKillingItFromTheContextMenuElectsANewMasterWithinTheProtocolBound(FxRobot robot) {
        Scenario demo = runDemoLiveUntilN1Master(robot);
        assertThat(harness.window.controller().liveBadgeText()).startsWith("LIVE · ").contains("TCP");

        CanvasView canvas = harness.window.controller().canvas();
        Point2D n1 = harness.screenOf("n1");
        Point2D scene = canvas.localToScene(canvas.screenToLocal(n1));
        robot.interact(() -> canvas.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), n1.getX(), n1.getY(), false, null)));
        robot.clickOn("Kill n1 (crash)");

        WindowHarness.waitUntil("n1 drawn down", () -> harness.drawnState("n1") == NodeState.DOWN);
        WindowHarness.waitUntil("a new master drawn", () -> harness.drawn().live().nodes().values().stream()
                .anyMatch(node -> node.state() == NodeState.MASTER && !node.id().equals(N1)));
        NodeId master = harness.drawn().live().masters().get(0);
        assertThat(master).as("the next lowest port, as in the simulation").isEqualTo(NodeId.of("n2"));

        // The bound of PROTOCOL.md: survivors lose the master after ttl of silence and elect within two
        // heartbeats (discovery window and vote). It is read from the nodes' own event stamps, not from
        // the test's polling; the slack of two more heartbeats covers timers running late on a loaded
        // machine (a few ms each, even at load 9), never the speed of the test itself.
        List<LogLine> lines = List.copyOf(harness.window.model().log().lines());
        long killed = lines.stream().filter(line -> line.text().contains("by hand: kill n1")).findFirst()
                .orElseThrow().time();
        long elected = lines.stream().filter(line -> line.text().startsWith("n2: ") && line.text().contains("→ master"))
                .mapToLong(LogLine::time).filter(time -> time >= killed).min().orElseThrow();
        long bound = (demo.protocol().ttlMs() + 2 * demo.protocol().heartbeatMs()) * 1_000;
        long slack = 2 * demo.protocol().heartbeatMs() * 1_000;
        assertThat(elected - killed).as("wall µs from the kill to n2 master").isLessThanOrEqualTo(bound + slack);
    }

    @Test
    void aCutSplitsTheLiveClusterAsInTheSimulation(FxRobot robot) {
        Scenario demo = runDemoLiveUntilN1Master(robot);
        WindowHarness.waitUntil("n5 started and following n1", () -> harness.drawnState("n5") == NodeState.SLAVE);

        robot.press(KeyCode.C).release(KeyCode.C);
        // a vertical line at x = 245 crosses the two links of n5 (n1—n5 and n4—n5) and nothing else
        robot.drag(harness.screen(245, 120), MouseButton.PRIMARY).dropTo(harness.screen(245, 420));
        WindowHarness.waitUntil("two partition groups drawn", () -> harness.drawn().live().partition().size() == 2);
        assertThat(harness.drawn().live().partition().get(1)).containsExactly(NodeId.of("n5"));
        WindowHarness.waitUntil("n5, cut off from more peers than it sees, dispatched as in the simulation",
                () -> harness.drawnState("n5") == NodeState.DISPATCHED);
        assertThat(harness.drawnState("n1")).isEqualTo(NodeState.MASTER);

        // the same cut in the simulation of the same file, once n1 leads: the same roles
        Simulation simulation = new ScenarioRunner(demo).build(List.of());
        simulation.runUntil(8_000_000);
        simulation.apply(new Command.Partition(List.of(
                List.of(N1, NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4")), List.of(NodeId.of("n5")))));
        simulation.runUntil(20_000_000);
        Map<NodeId, NodeState> simulated = new LinkedHashMap<>();
        for (String id : List.of("n1", "n2", "n3", "n4", "n5")) {
            simulated.put(NodeId.of(id), simulation.state(NodeId.of(id)));
        }
        assertThat(simulated.get(NodeId.of("n5"))).isEqualTo(NodeState.DISPATCHED);
        // the live nodes settle into the same roles (while they recount, a role may be on its way)
        WindowHarness.waitUntil("the live roles those of the simulation " + simulated, () -> {
            Map<NodeId, NodeState> live = new LinkedHashMap<>();
            simulated.keySet().forEach(id -> live.put(id, harness.drawnState(id.value())));
            return live.equals(simulated);
        });
    }

    @Test
    void recordModeTurnsWhatWasDoneLiveIntoAFileThatReplaysInTheSimulationWithTheSameFinalRoles(FxRobot robot) {
        runDemoLiveUntilN1Master(robot);
        WindowHarness.waitUntil("every node drawn in a settled role", () -> settled(harness.drawn().live().nodes()));
        robot.interact(() -> harness.window.model().recordingProperty().set(true));
        robot.interact(() -> harness.window.model().apply(Command.kill(N1)));
        WindowHarness.waitUntil("n2 drawn as the new master", () -> harness.drawnState("n2") == NodeState.MASTER);
        WindowHarness.waitUntil("every survivor following n2", () -> settled(harness.drawn().live().nodes()));
        assertThat(harness.window.model().log().lines())
                .anyMatch(line -> line.text().contains("may differ in timings"));
        Map<NodeId, NodeState> live = new LinkedHashMap<>();
        harness.drawn().live().nodes().forEach((id, node) -> live.put(id, node.state()));

        Scenario recorded = harness.window.session().currentScenario();
        assertThat(recorded.events()).hasSize(1);
        long at = recorded.events().get(0).at().micros();
        Simulation replay = new ScenarioRunner(recorded).build(List.of());
        replay.runUntil(at + 15_000_000);
        Map<NodeId, NodeState> simulated = new LinkedHashMap<>();
        live.keySet().forEach(id -> simulated.put(id, replay.state(id)));
        assertThat(simulated).isEqualTo(live);
    }

    @Test
    void theSimulatedTwinElectsTheSameMasterAndReactsToTheSameKillAsTheLiveWindow(FxRobot robot) {
        runDemoLiveUntilN1Master(robot);
        App.MainWindow[] twin = new App.MainWindow[1];
        robot.interact(() -> twin[0] = SideBySide.openTwin(harness.window.controller().stage(),
                harness.window.session().currentScenario(), harness.window.controller()));
        try {
            assertThat(twin[0].model().run().liveProperty().get()).as("the twin is simulated").isEmpty();
            WindowHarness.waitUntil("n1 drawn as master in both windows", () -> harness.drawnState("n1") == NodeState.MASTER
                    && twinState(twin[0], "n1") == NodeState.MASTER);
            WindowHarness.waitUntil("every node settled in both", () -> settled(harness.drawn().live().nodes())
                    && twin[0].controller().canvas().lastDrawn() != null
                    && settled(twin[0].controller().canvas().lastDrawn().live().nodes()));
            robot.interact(() -> {
                harness.window.model().apply(Command.killMaster());
                twin[0].model().apply(Command.killMaster());
            });
            WindowHarness.waitUntil("n2 drawn as the new master in both windows",
                    () -> harness.drawnState("n2") == NodeState.MASTER && twinState(twin[0], "n2") == NodeState.MASTER);
            assertThat(harness.drawnState("n1")).isEqualTo(NodeState.DOWN);
            assertThat(twinState(twin[0], "n1")).isEqualTo(NodeState.DOWN);
        } finally {
            robot.interact(() -> twin[0].controller().stage().close());
        }
    }

    private static NodeState twinState(App.MainWindow twin, String id) {
        var drawn = twin.controller().canvas().lastDrawn();
        NodeLive node = drawn == null ? null : drawn.live().nodes().get(NodeId.of(id));
        return node == null ? null : node.state();
    }

    /** Every node drawn down, dispatched, master or the slave of a drawn master: nobody joining or voting. */
    private static boolean settled(Map<NodeId, NodeLive> nodes) {
        return nodes.size() == 5 && nodes.values().stream().allMatch(node -> node.state() != NodeState.JOINING
                && (node.state() != NodeState.SLAVE || (node.master() != null
                        && nodes.containsKey(node.master()) && nodes.get(node.master()).state() == NodeState.MASTER)));
    }
}
