package org.clusterscope.gui.bridge;

import java.util.List;
import java.util.Map;

import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.runtime.StateCopy;

/**
 * A checkpoint of the window's run: a copy of everything a {@link SimulationDriver} holds of it at
 * one instant (the simulation and its checks, what the canvas has drawn of it, the chart samples
 * and verdicts handed up, the listeners subscribed, such as the sequence recorder), parked. It is
 * never run: each seek that starts here runs a copy of it ({@link #copy}), so it serves any number
 * of seeks. Once made it does not change, so copies may be taken on any thread.
 */
public final class RunState {

    /** The one listener of a driver's run: it passes events on to the driver, or, parked, to nobody. */
    static final class Relay implements SimListener {
        volatile SimListener target;

        @Override
        public void onEvent(SimEvent event) {
            SimListener to = target;
            if (to != null) {
                to.onEvent(event);
            }
        }
    }

    /** What a driver holds of its run, copied together so that objects they share stay shared. */
    private record Parts(SimulationPort port, LiveWorld world, StatsCollector stats, OverlayStats overlayStats,
            List<StatsSample> samples, List<CheckVerdict> verdicts, List<OverlaySample> overlaySamples,
            List<SimListener> extras) {
    }

    private final Parts parts;
    private final Relay relay;
    private final long now;
    private final long bytes;
    private final int objects;
    /** What the window's checkpoints grid keeps beside the state: the script it follows (opaque here). */
    private volatile Object script;

    private RunState(Parts parts, Relay relay, long bytes, int objects) {
        this.parts = parts;
        this.relay = relay;
        this.objects = objects;
        this.now = port().now();
        this.bytes = bytes;
    }

    /** Copies a driver's state; {@code driverRelay}, its listener, becomes {@code parkedRelay}, which tells nobody. */
    static RunState copyOf(SimulationPort port, LiveWorld world, StatsCollector stats, OverlayStats overlayStats,
            List<StatsSample> samples, List<CheckVerdict> verdicts, List<OverlaySample> overlaySamples,
            List<SimListener> extras, Relay driverRelay, Relay parkedRelay) {
        StateCopy copy = new StateCopy(Map.of(driverRelay, parkedRelay));
        Parts parts = copy.copy(new Parts(port, world, stats, overlayStats, List.copyOf(samples),
                List.copyOf(verdicts), List.copyOf(overlaySamples), List.copyOf(extras)));
        return new RunState(parts, parkedRelay, copy.bytes(), copy.objects());
    }

    /** A copy of this state whose events go to {@code relay}, to be run by a driver. */
    RunState copy(Relay to) {
        StateCopy copy = new StateCopy(Map.of(relay, to), objects + objects / 8);
        return new RunState(copy.copy(parts), to, copy.bytes(), copy.objects());
    }

    /** The virtual instant of the state. */
    public long now() {
        return now;
    }

    /** The heap the copy takes, estimated (bytes): what the window's grid caps. */
    public long bytes() {
        return bytes;
    }

    /** The simulation inside, for the window to make it follow a forked script; null for another kind of run. */
    public Simulation simulation() {
        return port() instanceof RuntimeSimulationPort runtime ? runtime.simulation() : null;
    }

    public Object script() {
        return script;
    }

    public RunState withScript(Object followed) {
        script = followed;
        return this;
    }

    /** How many events the run had run at this instant. */
    public long steps() {
        return port().steps();
    }

    SimulationPort port() {
        return parts.port();
    }

    LiveWorld world() {
        return parts.world();
    }

    StatsCollector stats() {
        return parts.stats();
    }

    OverlayStats overlayStats() {
        return parts.overlayStats();
    }

    List<StatsSample> samples() {
        return parts.samples();
    }

    List<CheckVerdict> verdicts() {
        return parts.verdicts();
    }

    List<OverlaySample> overlaySamples() {
        return parts.overlaySamples();
    }

    List<SimListener> extras() {
        return parts.extras();
    }
}
