package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.panels.ExpectationRow;
import org.clusterscope.gui.panels.InspectorRow;
import org.clusterscope.gui.panels.LogLine;
import org.clusterscope.gui.panels.TimelineView;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.RunScript;

/**
 * Rewind and branch, as a teacher does it: run the demo to 30 s, drag back to before the master's
 * death and watch it die again, kill another node instead (a branch), and Undo back to the old future.
 */
class TimeTravelWindowTest extends WindowTest {

    @Test
    void draggingTheTimelineBackShowsThePastAndTheMasterDiesAgain(FxRobot robot) {
        harness.openDemo(robot);
        harness.runUntil(robot, 30_000_000);
        WindowHarness.waitUntil("n2 master after the kill at 10 s", () -> harness.drawnState("n2") == NodeState.MASTER);
        int linesAt30 = harness.window.model().log().allLines().size();
        var rows = harness.window.model().expectations().rows();
        WindowHarness.waitUntil("the check at 28 s shown", () -> rows.get(2).status() != ExpectationRow.Status.PENDING);

        // drag the slider from the marker at 30 s back to 9.5 s, before the scenario kills the master
        TimelineView timeline = harness.window.controller().timeline();
        robot.drag(screenAt(timeline, 30_000_000), MouseButton.PRIMARY)
                .moveTo(screenAt(timeline, 20_000_000)).dropTo(screenAt(timeline, 9_500_000));
        WindowHarness.waitUntil("the past drawn", () -> Math.abs(harness.drawn().live().now() - 9_500_000) < 200_000
                && !harness.window.model().run().seekingProperty().get());
        long target = harness.drawn().live().now();

        assertThat(harness.drawnState("n1")).as("the master alive again").isEqualTo(NodeState.MASTER);
        assertThat(harness.drawnState("n2")).isEqualTo(NodeState.SLAVE);
        // the badges are as they were then: the check at 8 s passed, those at 18 s and 28 s still open
        WindowHarness.waitUntil("the badges of 9.5 s", () -> rows.get(0).status() == ExpectationRow.Status.PASS);
        assertThat(rows.get(1).status()).isEqualTo(ExpectationRow.Status.PENDING);
        assertThat(rows.get(2).status()).isEqualTo(ExpectationRow.Status.PENDING);
        // the log keeps the whole run, each line once, and marks the line of the instant shown
        assertThat(harness.window.model().log().allLines()).hasSize(linesAt30);
        LogLine current = harness.window.model().log().currentProperty().get();
        assertThat(current.time()).isLessThanOrEqualTo(target);
        assertThat(harness.window.model().log().lines()).anyMatch(line -> line.time() > 20_000_000);

        // on from there: the master dies again at 10 s, exactly as the first time
        harness.advanceUntil(robot, "n1 killed again", 10_500_000, () -> harness.drawnState("n1") == NodeState.DOWN);
        assertThat(harness.window.model().log().allLines()).hasSize(linesAt30);
    }

    @Test
    void clickingTheTimelineAndALogLineSeeksAndTheKeysStepBothWays(FxRobot robot) {
        harness.openDemo(robot);
        harness.runUntil(robot, 15_000_000);
        TimelineView timeline = harness.window.controller().timeline();
        robot.clickOn(screenAt(timeline, 5_000_000));
        WindowHarness.waitUntil("5 s shown", () -> Math.abs(harness.drawn().live().now() - 5_000_000) < 200_000
                && !harness.window.model().run().seekingProperty().get());
        long shown = harness.drawn().live().now();
        assertThat(harness.window.model().run().instantProperty().get()).isEqualTo(shown);

        // the log line of the kill at 10 s: a click shows that instant
        LogLine kill = harness.window.model().log().lines().stream()
                .filter(line -> line.text().contains("n1") && line.time() >= 10_000_000).findFirst().orElseThrow();
        robot.interact(() -> harness.window.controller().logView().list().scrollTo(kill));
        robot.clickOn(robot.lookup(".log-list .list-cell").match(cell ->
                kill.equals(((javafx.scene.control.ListCell<?>) cell).getItem())).queryAs(javafx.scene.Node.class));
        WindowHarness.waitUntil("the kill's instant shown", () -> harness.drawn().live().now() == kill.time());
        assertThat(harness.drawnState("n1")).isEqualTo(NodeState.DOWN);

        // → steps one event on, ← steps back to exactly where it was
        robot.clickOn(harness.window.controller().canvas());
        long before = harness.window.model().run().driverProperty().get().steps();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WindowHarness.waitUntil("one step on", () -> harness.window.model().run().driverProperty().get().steps() == before + 1);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WindowHarness.waitUntil("one step back", () -> harness.window.model().run().driverProperty().get().steps() == before
                && !harness.window.model().run().seekingProperty().get());
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WindowHarness.waitUntil("another step back", () -> harness.window.model().run().driverProperty().get().steps() == before - 1
                && !harness.window.model().run().seekingProperty().get());

        // Shift+← goes back to the previous role change, before the kill; Home to the start
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        WindowHarness.waitUntil("a role change before the kill", () -> harness.drawn().live().now() < kill.time()
                && !harness.window.model().run().seekingProperty().get());
        assertThat(harness.drawnState("n1")).isEqualTo(NodeState.MASTER);
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        WindowHarness.waitUntil("time 0", () -> harness.drawn().live().now() == 0);
        robot.press(KeyCode.END).release(KeyCode.END);
        WindowHarness.waitUntil("back at the furthest instant", () -> harness.drawn().live().now() >= 14_900_000);

        // a text field keeps its arrows: the search moves no time
        long now = harness.drawn().live().now();
        robot.clickOn(harness.window.controller().logView().search()).write("master");
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT).press(KeyCode.HOME).release(KeyCode.HOME);
        assertThat(harness.drawn().live().now()).isEqualTo(now);
        assertThat(harness.window.model().log().lines()).isNotEmpty()
                .allMatch(line -> line.text().toLowerCase(java.util.Locale.ROOT).contains("master"));
    }

    @Test
    void killingAnotherNodeAtTwelveSecondsBranchesAndUndoBringsTheOldFutureBack(FxRobot robot) {
        harness.openDemo(robot);
        robot.interact(() -> harness.window.model().recordingProperty().set(true));
        harness.runUntil(robot, 30_000_000);
        List<LogLine> oldFuture = List.copyOf(harness.window.model().log().allLines());

        robot.interact(() -> harness.window.model().run().seek(12_000_000));
        WindowHarness.waitUntil("12 s shown", () -> harness.drawn().live().now() == 12_000_000);
        robot.interact(() -> harness.window.model().apply(Command.kill(NodeId.of("n3"))));
        WindowHarness.waitUntil("the branch taken", () -> harness.drawnState("n3") == NodeState.DOWN
                && !harness.window.model().run().seekingProperty().get());

        assertThat(harness.drawn().live().now()).isEqualTo(12_000_000);
        assertThat(harness.window.model().run().branchPoints()).containsExactly(12_000_000L);
        assertThat(harness.window.model().log().allLines()).noneMatch(line -> line.time() > 12_000_000)
                .anyMatch(line -> line.text().contains("by hand: kill n3"));
        assertThat(harness.window.model().recorded()).extracting(fault -> fault.time()).containsExactly(12_000_000L);
        assertThat(harness.window.controller().timeline().marks()).anyMatch(mark -> mark.label().endsWith("kill n3"));

        // the new future: n3 stays down while the run goes on
        harness.runUntil(robot, 16_000_000);
        assertThat(harness.drawnState("n3")).isEqualTo(NodeState.DOWN);

        robot.clickOn("Edit").clickOn("Undo");
        WindowHarness.waitUntil("the old future back", () -> harness.drawnState("n3") == NodeState.SLAVE
                && !harness.window.model().run().seekingProperty().get());
        assertThat(harness.drawn().live().now()).isEqualTo(16_000_000);
        assertThat(harness.window.model().run().branchPoints()).isEmpty();
        assertThat(harness.window.model().recorded()).isEmpty();
        assertThat(harness.window.model().log().allLines()).isEqualTo(oldFuture);
    }

    @Test
    void oneDragForwardPastTheCheckpointsBackAndForwardAgainEndsOnTheStateOfAStraightRun(FxRobot robot)
            throws Exception {
        harness.openDemo(robot);
        var run = harness.window.model().run();
        harness.runUntil(robot, 12_000_000);
        WindowHarness.waitUntil("the checkpoints of the way to 12 s",
                () -> run.checkpointInstants().equals(List.of(5_000_000L, 10_000_000L)));
        robot.interact(() -> {
            harness.window.model().editor().selectOnly(NodeId.of("n3"));
            harness.window.model().refreshInspector();
        });
        TimelineView timeline = harness.window.controller().timeline();

        // one drag, the button held all along: on past the last checkpoint and the furthest instant
        // reached, back before the master's death, and forward again to after the partition
        robot.drag(screenAt(timeline, 12_000_000), MouseButton.PRIMARY).moveTo(screenAt(timeline, 26_000_000));
        WindowHarness.waitUntil("26 s shown while dragging", () -> Math.abs(run.frame().now() - 26_000_000) < 200_000
                && !run.seekingProperty().get());
        assertThat(harness.drawnState("n1")).isEqualTo(NodeState.DOWN);
        WindowHarness.waitUntil("checkpoints parked on the way", () -> run.checkpointInstants()
                .containsAll(List.of(15_000_000L, 20_000_000L, 25_000_000L)));
        robot.moveTo(screenAt(timeline, 6_000_000));
        WindowHarness.waitUntil("6 s shown while dragging", () -> Math.abs(run.frame().now() - 6_000_000) < 200_000
                && !run.seekingProperty().get());
        assertThat(harness.drawnState("n1")).isEqualTo(NodeState.MASTER);
        robot.moveTo(screenAt(timeline, 17_000_000)).moveTo(screenAt(timeline, 23_700_000)).drop();
        WindowHarness.waitUntil("the drop's instant drawn", () -> Math.abs(harness.drawn().live().now() - 23_700_000) < 200_000
                && !run.seekingProperty().get() && harness.drawn().live().now() == run.frame().now());
        long end = run.frame().now();
        assertThat(run.driverProperty().get().fromCheckpoint()).isTrue();

        Scenario demo = new ScenarioReader().read(Path.of("scenarios", "ring-kill-master.json"));
        Simulation straight = RunScript.of(demo).build(List.of());
        straight.runUntil(end);
        // the canvas: every node as the straight run has it at that instant
        for (NodeSnapshot node : straight.snapshots()) {
            NodeLive drawn = harness.drawn().live().nodes().get(node.id());
            assertThat(drawn.state()).as("%s", node.id()).isEqualTo(node.state());
            assertThat(drawn.birth()).as("%s's birth", node.id()).isEqualTo(node.birth());
            if (node.isRunning()) {
                assertThat(drawn.master()).as("%s's master", node.id()).isEqualTo(node.master());
                assertThat(drawn.vote()).as("%s's vote", node.id()).isEqualTo(node.vote());
                assertThat(sorted(drawn.connected())).as("%s's peers", node.id()).isEqualTo(node.connected());
                assertThat(sorted(drawn.lost())).as("%s's lost", node.id()).isEqualTo(node.lost());
                assertThat(drawn.countN()).isEqualTo(node.countN());
                assertThat(drawn.countVotes()).isEqualTo(node.countVotes());
            }
        }
        assertThat(straight.snapshot(NodeId.of("n5")).state()).as("after the partition").isNotEqualTo(NodeState.SLAVE);
        // the inspector and the clock: the same instant
        NodeSnapshot n3 = straight.snapshot(NodeId.of("n3"));
        var rows = harness.window.model().inspector().rows();
        WindowHarness.waitUntil("the inspector of the drop's instant", () -> rows.contains(
                new InspectorRow("master", n3.master() == null ? "—" : n3.master().value())));
        assertThat(rows).contains(new InspectorRow("state", n3.state().jsonName()),
                new InspectorRow("votes for", n3.vote() == null ? "—" : n3.vote().value()));
        String connected = rows.stream().filter(row -> row.key().equals("connected")).findFirst().orElseThrow().value();
        assertThat(java.util.Arrays.stream(connected.split(", ")).sorted().toList())
                .isEqualTo(n3.connected().stream().map(NodeId::value).toList());
        Labeled clock = robot.lookup("#clockLabel").queryAs(Labeled.class);
        WindowHarness.waitUntil("the clock at the drop's instant", () -> clock.getText()
                .startsWith(String.format(java.util.Locale.ROOT, "t = %.3f s", end / 1e6)));
    }

    @Test
    void theGridServesEverySeekBackAndARunSwappedOutEndsItsThread(FxRobot robot) {
        harness.openDemo(robot);
        var run = harness.window.model().run();
        harness.runUntil(robot, 22_000_000);
        for (long at : List.of(3_000_000L, 12_000_000L, 22_500_000L, 22_200_000L)) {
            robot.interact(() -> run.seek(at));
            WindowHarness.waitUntil(at / 1_000 + " ms shown", () -> run.frame().now() == at && !run.seekingProperty().get());
        }
        // 22.2 s is a copy of the checkpoint at 20 s run on, not the first run kept where it stood at 22 s
        assertThat(run.driverProperty().get().fromCheckpoint()).isTrue();
        assertThat(harness.drawnState("n2")).isEqualTo(NodeState.MASTER);
        WindowHarness.waitUntil("one simulation thread left: each run swapped out ended",
                () -> Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> thread.getName().equals("simulation") && thread.isAlive()).count() == 1);
    }

    /**
     * The "done when", in one go: the demo to 30 s, back to 10 s where the master's death
     * shows again, another node killed at 12 s instead, and the handout of that branch written by
     * {@code run FILE --report} from the file the window saves.
     */
    @Test
    void theBranchOfAKillAtTwelveSecondsGoesIntoTheHandout(FxRobot robot, @TempDir Path folder) throws Exception {
        harness.openDemo(robot);
        var run = harness.window.model().run();
        robot.interact(() -> harness.window.model().recordingProperty().set(true));
        harness.runUntil(robot, 30_000_000);
        WindowHarness.waitUntil("n2 master at 30 s", () -> harness.drawnState("n2") == NodeState.MASTER);

        robot.interact(() -> run.seek(9_900_000));
        WindowHarness.waitUntil("9.9 s shown", () -> harness.drawn().live().now() == 9_900_000 && !run.seekingProperty().get());
        assertThat(harness.drawnState("n1")).as("the master alive again").isEqualTo(NodeState.MASTER);
        robot.interact(() -> run.seek(10_000_000));
        WindowHarness.waitUntil("10 s shown", () -> harness.drawn().live().now() == 10_000_000 && !run.seekingProperty().get());
        assertThat(harness.drawnState("n1")).as("the master's death visible again").isEqualTo(NodeState.DOWN);

        robot.interact(() -> run.seek(12_000_000));
        WindowHarness.waitUntil("12 s shown", () -> harness.drawn().live().now() == 12_000_000 && !run.seekingProperty().get());
        robot.interact(() -> harness.window.model().apply(Command.kill(NodeId.of("n3"))));
        WindowHarness.waitUntil("the branch taken", () -> harness.drawnState("n3") == NodeState.DOWN
                && !run.seekingProperty().get());
        assertThat(run.branchPoints()).containsExactly(12_000_000L);

        Path file = folder.resolve("branched.json");
        Path html = folder.resolve("branched.html");
        robot.interact(() -> assertThat(harness.window.session().saveTo(file)).isTrue());
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = org.clusterscope.cli.ClusterScopeCommand.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(out, true));
        assertThat(cli.execute("run", "--quiet", file.toString(), "--report", html.toString())).as(out.toString())
                .isIn(0, 1); // 1: the branch no longer meets every expectation of the demo
        assertThat(java.nio.file.Files.readString(html))
                .contains("<td class=\"time\">12.000s</td><td>n3 is killed: it crashes without a word")
                .contains("<td class=\"time\">10.000s</td><td>n1 is killed: it crashes without a word");
    }

    private static List<NodeId> sorted(List<NodeId> ids) {
        return ids.stream().sorted(java.util.Comparator.comparing(NodeId::value)).toList();
    }

    private static Point2D screenAt(TimelineView timeline, long time) {
        return timeline.localToScreen(timeline.xAt(time), timeline.getHeight() - 16);
    }

    @Test
    void aSeekServedByTheCheckpointGridShowsWhatTheStraightRunShowedThereAndAForkDropsItsFuture(FxRobot robot) {
        harness.openDemo(robot);
        var run = harness.window.model().run();
        long instant = 22_345_000;
        harness.runUntil(robot, instant);
        WindowHarness.waitUntil("paused at the instant", () -> run.frame().now() == instant && !run.seekingProperty().get());
        var straight = run.frame();
        long steps = run.driverProperty().get().steps();

        harness.runUntil(robot, 30_000_000);
        WindowHarness.waitUntil("the grid filled on the way", () -> run.checkpointInstants().size() == 6);
        assertThat(run.checkpointInstants()).containsExactly(5_000_000L, 10_000_000L, 15_000_000L, 20_000_000L,
                25_000_000L, 30_000_000L);
        assertThat(run.checkpointBytes()).isPositive();

        robot.interact(() -> run.seek(instant));
        WindowHarness.waitUntil("the instant shown again", () -> run.frame().now() == instant
                && !run.seekingProperty().get());
        assertThat(run.driverProperty().get().fromCheckpoint()).as("run on from the checkpoint at 20 s").isTrue();
        assertThat(run.frame().nodes()).isEqualTo(straight.nodes());
        assertThat(run.frame().links()).isEqualTo(straight.links());
        WindowHarness.waitUntil("the steps published", () -> run.driverProperty().get().steps() == steps);

        // acting at 12 s forks the run: the checkpoints after it belong to the old future and go
        robot.interact(() -> run.seek(12_000_000));
        WindowHarness.waitUntil("12 s shown", () -> run.frame().now() == 12_000_000 && !run.seekingProperty().get());
        robot.interact(() -> harness.window.model().apply(Command.kill(NodeId.of("n3"))));
        WindowHarness.waitUntil("the branch taken", () -> harness.drawnState("n3") == NodeState.DOWN
                && !run.seekingProperty().get());
        assertThat(run.checkpointInstants()).containsExactly(5_000_000L, 10_000_000L);
        // the new future from the checkpoint at 10 s, which follows it: n3 is down there too
        harness.runUntil(robot, 16_000_000);
        robot.interact(() -> run.seek(13_000_000));
        WindowHarness.waitUntil("13 s of the branch", () -> run.frame().now() == 13_000_000 && !run.seekingProperty().get());
        assertThat(harness.drawnState("n3")).isEqualTo(NodeState.DOWN);
    }
}
