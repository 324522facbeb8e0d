package org.clusterscope.scenario.run;

import java.util.List;
import java.util.Map;

import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.runtime.StateCopy;

/**
 * Moves to any instant of a {@link RunScript}, forwards or backwards, headless. Forwards the
 * simulation simply runs on; backwards the state is rebuilt from the latest checkpoint at or before
 * the target: a copy of it runs on to the target ({@link StateCopy}), and the checkpoint stays for
 * the next seek.
 *
 * <p>The checkpoints form a grid kept by the window's rule ({@link CheckpointPace}): whenever a run
 * passes an instant where one is due and none is parked, a copy of it is parked there. Their weight
 * (the heap their copies take, which grows with the nodes) is capped; over the cap the least useful
 * goes ({@link Checkpoints}). A seek back therefore runs at most one grid step of virtual time or
 * of events, whatever the size of the run.
 *
 * <p>The sink hears every event of the run exactly once, in order, however the cursor moves: the
 * events before the frontier (the latest instant ever reached) were handed over already, and a
 * rebuild keeps them to itself. Since the same script gives the same events, what the sink hears
 * is the trace of one straight run (the seek determinism test proves it on every example, the copies
 * included).
 */
public final class RunCursor {

    /** At most this many checkpoints, whatever their weight. */
    public static final int MOST_CHECKPOINTS = 64;

    private RunScript script;
    private final SimListener sink;
    private final Checkpoints<Parked> grid;
    private final CheckpointPace pace;
    private Parked current;
    /** Where {@code current} last passed a checkpoint. */
    private CheckpointPace.Passage passage;
    private long frontier;
    private int rebuilds;
    private int copies;

    /** A simulation and the one listener it was built with; the listener passes events on to {@code target}. */
    private static final class Parked {
        final Simulation simulation;
        final Relay relay;
        long bytes;

        Parked(Simulation simulation, Relay relay) {
            this.simulation = simulation;
            this.relay = relay;
        }

        long now() {
            return simulation.now();
        }
    }

    /** The listener of a run: what it hears goes to the target, if any (a parked run tells nobody). */
    private static final class Relay implements SimListener {
        private final boolean packets;
        SimListener target;

        Relay(boolean packets) {
            this.packets = packets;
        }

        @Override
        public void onEvent(SimEvent event) {
            if (target != null) {
                target.onEvent(event);
            }
        }

        @Override
        public boolean wantsPackets() {
            return packets;
        }
    }

    public RunCursor(RunScript script, SimListener sink) {
        this(script, sink, defaultBudget());
    }

    /** With at most {@code budgetBytes} of checkpoints (their estimated heap). */
    public RunCursor(RunScript script, SimListener sink, long budgetBytes) {
        this(script, sink, budgetBytes, CheckpointPace.DEFAULT);
    }

    /** With at most {@code budgetBytes} of checkpoints, kept by {@code pace}. */
    public RunCursor(RunScript script, SimListener sink, long budgetBytes, CheckpointPace pace) {
        this.script = script;
        this.sink = sink;
        this.pace = pace;
        this.grid = new Checkpoints<>(MOST_CHECKPOINTS, budgetBytes, Parked::now, parked -> parked.bytes, p -> { });
    }

    /** A third of the heap, at most 1 GiB: 300 nodes fill a 60 s grid with far less. */
    public static long defaultBudget() {
        return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 3);
    }

    /** Shows the state at {@code time}: every event at or before it has run, none after. */
    public Simulation seek(long time) {
        if (current == null || time < current.now()) {
            Parked from = grid.peekAtOrBefore(time).orElse(null);
            current = from != null ? copyOf(from) : fresh();
            passage = pace.from(current.now(), current.simulation.eventsRun());
        }
        runTo(time);
        frontier = Math.max(frontier, time + 1);
        return current.simulation;
    }

    /** Runs on to {@code time}, parking a copy at each instant passed where one is due and none is parked yet. */
    private void runTo(long time) {
        Simulation run = current.simulation;
        for (long next = CheckpointPace.nextCandidate(run.now()); next <= time; next += CheckpointPace.CANDIDATE_MICROS) {
            run.runUntil(next);
            if (passage.due(next, run.eventsRun()) && !grid.instants().contains(next)) {
                park(current);
            }
        }
        run.runUntil(time);
    }

    /** Parks a copy of {@code run}, which itself runs on. */
    private void park(Parked run) {
        Relay relay = new Relay(run.relay.packets);
        StateCopy copy = new StateCopy(Map.of(run.relay, relay));
        Parked parked = new Parked(copy.copy(run.simulation), relay);
        parked.bytes = copy.bytes();
        grid.park(parked);
    }

    /** A run of the script where {@code parked} stands, heard by the sink from the frontier on. */
    private Parked copyOf(Parked parked) {
        copies++;
        Relay relay = listening(new Relay(parked.relay.packets));
        return new Parked(new StateCopy(Map.of(parked.relay, relay)).copy(parked.simulation), relay);
    }

    /**
     * Follows {@code forked}, which agrees with the script shown before {@code time} and differs from
     * it at or after that instant (a fork taken then, or its undo): the checkpoints at or after it go,
     * the earlier ones follow the new script from where they stand, and the sink hears the new
     * future from {@code time} on.
     */
    public void follow(RunScript forked, long time) {
        script = forked;
        grid.dropAfter(time - 1);
        ScenarioRunner runner = new ScenarioRunner(forked.scenario());
        for (long at : grid.instants()) {
            runner.follow(grid.peekAtOrBefore(at).orElseThrow().simulation);
        }
        if (current != null && current.now() < time) {
            runner.follow(current.simulation);
        } else {
            current = null;
        }
        frontier = Math.min(frontier, time);
    }

    public long now() {
        return current == null ? 0 : current.now();
    }

    /** How many times the script was run again from 0. */
    public int rebuilds() {
        return rebuilds;
    }

    /** How many seeks started from a copy of a checkpoint. */
    public int copies() {
        return copies;
    }

    /** The instants of the checkpoints, in time order. */
    public List<Long> checkpoints() {
        return grid.instants();
    }

    /** What the checkpoints weigh together, estimated (bytes). */
    public long checkpointBytes() {
        return grid.weight();
    }

    private Parked fresh() {
        rebuilds++;
        Relay relay = listening(new Relay(sink.wantsPackets()));
        return new Parked(script.build(List.of(relay)), relay);
    }

    private Relay listening(Relay relay) {
        relay.target = event -> {
            if (event.time() >= frontier) {
                sink.onEvent(event);
            }
        };
        return relay;
    }
}
