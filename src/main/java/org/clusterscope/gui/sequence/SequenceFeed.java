package org.clusterscope.gui.sequence;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.bridge.SimulationDriver;
import org.clusterscope.scenario.run.SequenceDiagram;
import org.clusterscope.scenario.run.SequenceKinds;
import org.clusterscope.scenario.run.SequenceRecorder;

/**
 * Keeps a {@link SequenceRecorder} on the window's simulation: a fresh one for each driver the run
 * controls build, subscribed before its first event ({@link #attach}); the diagram is the one of
 * the driver shown, which after a seek back is a rebuilt run that got there ahead of being shown.
 * Beacons are kept only for small clusters, where they stay readable and few.
 */
public final class SequenceFeed {

    /** Up to this many nodes the beacons are kept too, so the Beacons switch can show them. */
    static final int BEACONS_UP_TO = 24;

    /** The arrows a window keeps at most (the oldest go first); a few tens of megabytes. */
    static final int MOST_ARROWS = 300_000;

    private final Supplier<List<NodeId>> nodes;
    /** One recorder per driver still alive (a driver swapped in later, once prepared, finds its own here). */
    private final Map<SimulationDriver, SequenceRecorder> recorders = new WeakHashMap<>();
    private volatile SequenceRecorder recorder;

    public SequenceFeed(ObservableValue<SimulationDriver> driver, Supplier<List<NodeId>> nodes) {
        this.nodes = nodes;
        driver.addListener((obs, was, now) -> recorder = now == null ? null : recorders.computeIfAbsent(now,
                this::subscribed));
    }

    /** Records a new driver from its first event on; call before it starts. FX thread. */
    public void attach(SimulationDriver driver) {
        if (driver.fromCheckpoint()) {
            return; // it brings a copy of the checkpoint's recorder, found when it is shown
        }
        recorders.computeIfAbsent(driver, this::subscribed);
    }

    private SequenceRecorder subscribed(SimulationDriver driver) {
        for (Object inherited : driver.inheritedListeners()) {
            if (inherited instanceof SequenceRecorder copied) {
                return copied;
            }
        }
        List<NodeId> ids = nodes.get();
        Set<String> kinds = new HashSet<>(SequenceKinds.DEFAULT);
        if (ids.size() <= BEACONS_UP_TO) {
            kinds.add("beacon");
        }
        SequenceRecorder fresh = new SequenceRecorder(ids, kinds, MOST_ARROWS);
        driver.subscribe(fresh);
        return fresh;
    }

    /** What was recorded between {@code from} and {@code to}, of the kinds asked for; empty before a run. */
    public SequenceDiagram diagram(long from, long to, Set<String> kinds, List<NodeId> nodes) {
        SequenceRecorder current = recorder;
        if (current == null) {
            return new SequenceDiagram(nodes, List.of(), List.of(), List.of(), from, to);
        }
        return current.diagram(from, to, kinds);
    }
}
