package org.clusterscope.gui.bridge;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples the overlay once per virtual second for the chart, in public mode only: a private run
 * pays nothing. Simulation thread only; {@link #drain()} hands the samples over.
 */
final class OverlayStats {

    private static final long SECOND = 1_000_000;

    private final SimulationPort simulation;
    private final List<OverlaySample> ready = new ArrayList<>();
    private long next;

    OverlayStats(SimulationPort simulation) {
        this.simulation = simulation;
    }

    /** Takes a sample of the overlay as it is now when a virtual second has begun since the last one. */
    void advanceTo(long now) {
        // asked every time, not once: a simulation may turn public mode on after the first tick
        if (now < next || !simulation.publicMode()) {
            return;
        }
        OverlaySample sample = simulation.overlaySample();
        if (sample != null) {
            ready.add(sample);
        }
        next = (now / SECOND + 1) * SECOND;
    }

    List<OverlaySample> drain() {
        List<OverlaySample> out = List.copyOf(ready);
        ready.clear();
        return out;
    }
}
