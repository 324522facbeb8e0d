package org.clusterscope.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.runtime.StateCopy;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.TraceWriter;

/**
 * The checkpoint grid shows the past exactly: a copy of a run parked at some instant goes on as
 * the run itself would, event for event, and a seek served from the grid shows the state a
 * straight run has at that instant; the grid stays under its cap and a fork drops its future.
 */
class CheckpointGridTest {

    static java.util.stream.Stream<Path> examples() throws Exception {
        return SeekDeterminismTest.examples();
    }

    /** Passes events to a writer that can be swapped, so a copy of the run writes elsewhere. */
    static final class Switch implements SimListener {
        SimListener target;

        Switch(SimListener target) {
            this.target = target;
        }

        @Override
        public void onEvent(SimEvent event) {
            target.onEvent(event);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aCopyOfARunParkedMidwayGoesOnWithTheTraceAndStateOfTheRunItself(Path file) throws Exception {
        Scenario scenario = new ScenarioReader().read(file);
        long end = Math.min(scenario.runFor().micros(), 30_000_000L);
        long middle = end * 2 / 5 + 1_234;
        RunScript script = RunScript.of(scenario);

        ByteArrayOutputStream straightBytes = new ByteArrayOutputStream();
        Simulation straight;
        List<Object> straightAtMiddle;
        try (TraceWriter writer = new TraceWriter(straightBytes)) {
            straight = script.build(List.of(writer));
            straight.runUntil(middle);
            straightAtMiddle = state(straight);
            straight.runUntil(end);
        }

        ByteArrayOutputStream before = new ByteArrayOutputStream();
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        List<Object> copyAtMiddle;
        try (TraceWriter first = new TraceWriter(before); TraceWriter second = new TraceWriter(after)) {
            Switch original = new Switch(first);
            Simulation run = script.build(List.of(original));
            run.runUntil(middle);
            Simulation copy = new StateCopy(Map.of(original, new Switch(second))).copy(run);
            copyAtMiddle = state(copy);
            original.target = event -> { };
            run.runUntil(end); // the original runs on too: the copy shares nothing with it
            copy.runUntil(end);
            assertThat(state(copy)).isEqualTo(state(run));
        }

        assertThat(copyAtMiddle).isEqualTo(straightAtMiddle);
        String joined = before.toString(StandardCharsets.UTF_8) + after.toString(StandardCharsets.UTF_8);
        assertThat(after.size()).isGreaterThan(0);
        assertThat(joined).isEqualTo(straightBytes.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aSeekServedFromTheFilledGridShowsTheStateOfAStraightRun(Path file) throws Exception {
        Scenario scenario = new ScenarioReader().read(file);
        long end = Math.min(scenario.runFor().micros(), 30_000_000L);
        RunScript script = RunScript.of(scenario);
        RunCursor cursor = new RunCursor(script, event -> { });
        cursor.seek(end);
        assertThat(cursor.checkpoints()).as("the run to the end filled the grid")
                .hasSize((int) (end / CheckpointPace.GRID_MICROS));

        for (long at : List.of(end * 3 / 4 + 17, end / 2, CheckpointPace.GRID_MICROS + 3, end - 1)) {
            Simulation sought = cursor.seek(at);
            Simulation straight = script.build(List.of());
            straight.runUntil(at);
            assertThat(state(sought)).as("the state at %d", at).isEqualTo(state(straight));
        }
        assertThat(cursor.rebuilds()).as("every seek back started from a checkpoint").isEqualTo(1);
        assertThat(cursor.copies()).as("the last seek ran on").isEqualTo(3);
    }

    @Test
    void theGridStaysUnderItsCapAndKeepsItsCheckpointsSpread() {
        RunScript script = RunScript.of(read("ring-kill-master.json"));
        RunCursor unbounded = new RunCursor(script, event -> { });
        unbounded.seek(40_000_000);
        assertThat(unbounded.checkpoints()).hasSize(8);
        long each = unbounded.checkpointBytes() / 8;
        assertThat(each).isGreaterThan(1_000);

        long cap = each * 7 / 2; // room for three
        RunCursor capped = new RunCursor(script, event -> { }, cap);
        capped.seek(40_000_000);
        assertThat(capped.checkpointBytes()).isLessThanOrEqualTo(cap);
        assertThat(capped.checkpoints()).hasSize(3);
        // the survivors are spread: no two of them are neighbours on the grid
        List<Long> kept = capped.checkpoints();
        for (int i = 1; i < kept.size(); i++) {
            assertThat(kept.get(i) - kept.get(i - 1)).isGreaterThan(CheckpointPace.GRID_MICROS);
        }
    }

    @Test
    void aBusyRunGetsItsCheckpointsByEventCountByTheRuleTheWindowKeeps() {
        // the demo runs about a hundred events a second while it elects, fewer later: with a pace of
        // 5 s or 100 events, the count decides while it is busy, as a million does in a run of
        // hundreds of nodes, and the grid step once it is quiet
        RunScript script = RunScript.of(read("ring-kill-master.json"));
        CheckpointPace pace = new CheckpointPace(CheckpointPace.GRID_MICROS, 100);
        RunCursor cursor = new RunCursor(script, event -> { }, RunCursor.defaultBudget(), pace);
        cursor.seek(30_000_000);

        // the rule written out plainly, on a straight run looked at every whole second
        List<Long> expected = new ArrayList<>();
        Simulation straight = script.build(List.of());
        long lastAt = 0;
        long lastEvents = 0;
        for (long at = 1_000_000; at <= 30_000_000; at += 1_000_000) {
            straight.runUntil(at);
            if (at - lastAt >= CheckpointPace.GRID_MICROS || straight.eventsRun() - lastEvents >= 100) {
                expected.add(at);
                lastAt = at;
                lastEvents = straight.eventsRun();
            }
        }
        assertThat(expected).as("some closer than the grid step").anyMatch(at -> at % CheckpointPace.GRID_MICROS != 0);
        assertThat(cursor.checkpoints()).isEqualTo(expected);

        // seeks back run from them and show the straight state; a copy keeps the same pace on
        for (long at : List.of(expected.get(2) + 123, expected.get(0) + 1, 29_000_000L)) {
            assertThat(state(cursor.seek(at))).as("the state at %d", at).isEqualTo(state(straight(script, at)));
        }
        assertThat(cursor.rebuilds()).isEqualTo(1);
        assertThat(cursor.checkpoints()).isEqualTo(expected);
    }

    @Test
    void aForkDropsTheCheckpointsAfterItsInstantAndTheEarlierOnesFollowTheNewFuture() throws Exception {
        Scenario demo = read("ring-kill-master.json");
        Branches branches = new Branches(RunScript.of(demo));
        long fork = 12_000_000;
        List<EventDef> events = new ArrayList<>(demo.events());
        events.add(new EventDef(Span.ofMicros(fork), Command.kill(NodeId.of("n2"))));
        events.sort(java.util.Comparator.comparingLong(event -> event.at().micros()));
        RunScript file = RunScript.of(demo.withEvents(events));

        // what the sink hears from the fork on is the file's trace from that instant on
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        RunCursor cursor;
        try (TraceWriter writer = new TraceWriter(heard)) {
            Switch sink = new Switch(event -> { });
            cursor = new RunCursor(branches.current(), sink);
            cursor.seek(30_000_000);
            assertThat(cursor.checkpoints()).containsExactly(5_000_000L, 10_000_000L, 15_000_000L, 20_000_000L,
                    25_000_000L, 30_000_000L);
            cursor.seek(fork);
            sink.target = writer;
            cursor.follow(branches.fork(fork, List.of(Command.kill(NodeId.of("n2")))), fork);
            assertThat(cursor.checkpoints()).containsExactly(5_000_000L, 10_000_000L);
            cursor.seek(30_000_000);
            cursor.seek(11_000_000); // from the checkpoint at 10 s, which follows the fork now
            assertThat(state(cursor.seek(11_000_000))).isEqualTo(state(straight(file, 11_000_000)));
            cursor.seek(30_000_000);
            assertThat(cursor.rebuilds()).isEqualTo(1);
            sink.target = event -> { };
        }
        String fileFromFork = SeekDeterminismTest.trace(sink -> new RunCursor(file, event -> {
            if (event.time() >= fork) {
                sink.onEvent(event);
            }
        }).seek(30_000_000));
        assertThat(heard.toString(StandardCharsets.UTF_8)).isEqualTo(fileFromFork).contains("n2 killed");
        assertThat(state(cursor.seek(30_000_000))).isEqualTo(state(straight(file, 30_000_000)));
        assertThat(state(cursor.seek(17_000_000))).isEqualTo(state(straight(file, 17_000_000)));

        // Undo: the old future comes back from the checkpoints before the fork
        cursor.follow(branches.undo().orElseThrow().before(), fork);
        assertThat(cursor.checkpoints()).containsExactly(5_000_000L, 10_000_000L);
        assertThat(state(cursor.seek(25_000_000))).isEqualTo(state(straight(RunScript.of(demo), 25_000_000)));
        assertThat(cursor.rebuilds()).isEqualTo(1);
    }

    private static Simulation straight(RunScript script, long time) {
        Simulation sim = script.build(List.of());
        sim.runUntil(time);
        return sim;
    }

    @Test
    void checkpointsOverTheirNumberLoseTheOneWhoseNeighboursAreClosest() {
        List<Long> dropped = new ArrayList<>();
        Checkpoints<Long> grid = new Checkpoints<>(3, Long.MAX_VALUE, t -> t, t -> 0, dropped::add);
        grid.park(10L);
        grid.park(40L);
        grid.park(25L);
        grid.park(20L); // 20 sits between 10 and 25: losing it leaves the smallest gap
        assertThat(grid.instants()).containsExactly(10L, 25L, 40L);
        assertThat(dropped).containsExactly(20L);
        grid.dropAfter(24L);
        assertThat(grid.instants()).containsExactly(10L);
    }

    /** What a straight run and a rebuilt one must agree on: every node's snapshot, the links, the time. */
    static List<Object> state(Simulation sim) {
        return List.of(sim.now(), sim.snapshots(), sim.links(), sim.components(), sim.partitionGroups(),
                String.valueOf(sim.gdbPicture()));
    }

    private static Scenario read(String name) {
        try {
            return new ScenarioReader().read(Path.of("scenarios", name));
        } catch (Exception bad) {
            throw new IllegalStateException(bad);
        }
    }
}
