package org.clusterscope.scenario.run;

import java.util.List;

import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Simulation;

/**
 * Moves to any instant of a {@link RunScript}, forwards or backwards, headless. Forwards the
 * simulation simply runs on; backwards the state is rebuilt by running the script again from the
 * latest checkpoint at or before the target. A checkpoint is a simulation left parked at some
 * instant (the simulation cannot be copied, so a checkpoint serves once); the one at 0 is the script
 * itself.
 *
 * <p>The sink hears every event of the run exactly once, in order, however the cursor moves: the
 * events before the frontier (the latest instant ever reached) were handed over already, and a
 * rebuild keeps them to itself. Since the same script gives the same events, what the sink hears
 * is the trace of one straight run (the seek determinism test proves it on every example).
 */
public final class RunCursor {

    /** How many parked simulations are kept; each holds a whole cluster, so only a few. */
    public static final int CHECKPOINTS = 3;

    private final RunScript script;
    private final SimListener sink;
    private final Checkpoints<Parked> parked = new Checkpoints<>(CHECKPOINTS, p -> p.simulation.now(), p -> { });
    private Parked current;
    private long frontier;
    private int rebuilds;

    private static final class Parked {
        final Simulation simulation;
        /** What this simulation's events should pass to the sink: only those at or after the frontier. */
        Parked(Simulation simulation) {
            this.simulation = simulation;
        }
    }

    public RunCursor(RunScript script, SimListener sink) {
        this.script = script;
        this.sink = sink;
    }

    /** Shows the state at {@code time}: every event at or before it has run, none after. */
    public Simulation seek(long time) {
        if (current == null || time < current.simulation.now()) {
            Parked from = parked.takeAtOrBefore(time).orElse(null);
            if (current != null) {
                parked.park(current);
            }
            current = from != null ? from : fresh();
        }
        current.simulation.runUntil(time);
        frontier = Math.max(frontier, time + 1);
        return current.simulation;
    }

    public long now() {
        return current == null ? 0 : current.simulation.now();
    }

    /** How many times the script was run again from 0. */
    public int rebuilds() {
        return rebuilds;
    }

    private Parked fresh() {
        rebuilds++;
        return new Parked(script.build(List.of(event -> {
            if (event.time() >= frontier) {
                sink.onEvent(event);
            }
        })));
    }
}
