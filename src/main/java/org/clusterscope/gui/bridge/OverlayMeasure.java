package org.clusterscope.gui.bridge;

import org.clusterscope.core.NodeId;
import org.clusterscope.scenario.check.OverlayGraph;

/** Measures the overlay for the chart, as the overlay expectations see it (SCENARIO_FORMAT.md "Public mode"). */
final class OverlayMeasure {

    /**
     * Above this many running nodes the diameter (a breadth-first search from every node) is not
     * measured on every sample: it would cost more than the simulation it watches.
     */
    static final int MAX_DIAMETER_NODES = 300;

    private OverlayMeasure() {
    }

    static OverlaySample of(OverlayGraph graph, long now) {
        var running = graph.running();
        if (running.isEmpty()) {
            return new OverlaySample(now, 0, 0, 0, -1);
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        long sum = 0;
        for (NodeId id : running) {
            int d = graph.degree(id);
            min = Math.min(min, d);
            max = Math.max(max, d);
            sum += d;
        }
        int diameter = running.size() <= MAX_DIAMETER_NODES ? graph.diameter() : -1;
        return new OverlaySample(now, min, sum / (double) running.size(), max, diameter);
    }
}
