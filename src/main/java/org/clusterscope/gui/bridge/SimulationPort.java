package org.clusterscope.gui.bridge;

import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Command;

/**
 * What the window needs from a simulation, on the simulation thread only: advance virtual time,
 * hear its events, and apply faults. The runtime's {@code Simulation} is adapted to it by
 * {@link RuntimeSimulationPort}; keeping the port small keeps the threading in
 * {@link SimulationDriver} independent of how a simulation is built.
 */
public interface SimulationPort {

    /** The virtual time, in microseconds. */
    long now();

    /** Runs the next scheduled event; false when nothing is scheduled. */
    boolean step();

    /** How many events have run since time 0 (0 when this port does not count them). */
    default long steps() {
        return 0;
    }

    /** Runs every event up to and including {@code time}, then sets the clock to it. */
    void runUntil(long time);

    void subscribe(SimListener listener);

    /** The master now, as the scenario's {@code @master} names it, if any. */
    Optional<NodeId> currentMaster();

    /** Applies a fault at the current virtual time; false (with nothing changed) when it does not apply. */
    boolean apply(Command command);

    /** A picture of the GDB clusters and every node's records now, or null when the run has none. */
    default org.clusterscope.runtime.GdbPicture gdbPicture() {
        return null;
    }

    /** Sets (or, with a null role, removes) a GDB member's role; ignored when the run has no GDB. */
    default void setGdbMember(String cluster, NodeId node, String role) {
    }

    /**
     * True when time runs by itself (real nodes): the driver then takes what happened at every
     * tick while playing, instead of advancing a virtual clock by wall time × speed.
     */
    default boolean realTime() {
        return false;
    }

    /** Lets go of what the run holds (a live cluster's threads and sockets); nothing for a simulation. */
    default void close() {
    }

    /** Verdicts on the scenario's expectations reached since the last call. */
    default java.util.List<CheckVerdict> drainVerdicts() {
        return java.util.List.of();
    }

    /** Whether public mode is on (PROTOCOL.md §8): the overlay grows by discovery. */
    default boolean publicMode() {
        return false;
    }

    /** Every node's side of the overlay now, in scenario order; empty in private mode. */
    default java.util.List<org.clusterscope.runtime.overlay.NodeOverlay> overlayNodes() {
        return java.util.List.of();
    }

    /** The overlay chart's point for now (degrees and diameter of the running nodes), or null in private mode. */
    default OverlaySample overlaySample() {
        return null;
    }
}
