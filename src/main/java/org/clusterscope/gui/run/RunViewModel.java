package org.clusterscope.gui.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.bridge.Batch;
import org.clusterscope.gui.bridge.FxPump;
import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.bridge.LiveFrame;
import org.clusterscope.gui.bridge.LiveWorld;
import org.clusterscope.gui.bridge.SimulationDriver;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.TopologyDocument;
import org.clusterscope.runtime.Command;

/**
 * Play, pause, step, speed and faults, as the toolbar sees them: read-only properties (playing,
 * speed, started) and commands that go to the {@link SimulationDriver}. A simulation is built
 * lazily on the first play or step from the document as it is then, and thrown away on reset,
 * which makes the topology editable again.
 */
public final class RunViewModel {

    private final TopologyDocument document;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SimulationDriver> driver = new ReadOnlyObjectWrapper<>();
    private final FxPump pump;
    private SimulationFactory factory;
    /** The group and ports of a run on real sockets, or empty for a simulation. */
    private final ReadOnlyStringWrapper live = new ReadOnlyStringWrapper("");

    public RunViewModel(TopologyDocument document, Consumer<Batch> onBatch) {
        this.document = document;
        this.pump = new FxPump(onBatch);
    }

    public void setFactory(SimulationFactory newFactory) {
        factory = newFactory;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** True from the first play or step until reset: the topology is then fixed. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** Why the simulation could not be built, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SimulationDriver> driverProperty() {
        return driver.getReadOnlyProperty();
    }

    /** The newest picture of the simulation, or {@link LiveFrame#EMPTY} before the first play. */
    public LiveFrame frame() {
        SimulationDriver current = driver.get();
        return current == null ? LiveFrame.EMPTY : current.latestFrame();
    }

    public void play() {
        if (ensureDriver()) {
            driver.get().play();
            playing.set(true);
        }
    }

    public void pause() {
        if (driver.get() != null) {
            driver.get().pause();
        }
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void step() {
        if (ensureDriver()) {
            driver.get().step();
            playing.set(false);
        }
    }

    public void stepToRoleChange() {
        if (ensureDriver()) {
            driver.get().stepToRoleChange();
            playing.set(false);
        }
    }

    public void runUntil(long micros) {
        if (ensureDriver()) {
            driver.get().runUntil(micros);
            playing.set(false);
        }
    }

    /** Sets the speed, clamped to 0.1×–100×; a live run keeps real time. */
    public void setSpeed(double value) {
        if (!live.get().isEmpty()) {
            return;
        }
        double clamped = Math.max(SimulationDriver.MIN_SPEED, Math.min(SimulationDriver.MAX_SPEED, value));
        speed.set(clamped);
        if (driver.get() != null) {
            driver.get().setSpeed(clamped);
        }
    }

    /** Applies a fault by hand; starts the simulation first if needed. */
    /** The newest picture of the GDB clusters, or null before the run starts or when it has none. */
    public org.clusterscope.runtime.GdbPicture gdbPicture() {
        SimulationDriver current = driver.get();
        return current == null ? null : current.latestGdb();
    }

    /** Gives a GDB member a new role in the running simulation. */
    public void setGdbMember(String cluster, NodeId node, String role) {
        if (driver.get() != null) {
            driver.get().setGdbMember(cluster, node, role);
        }
    }

    public void apply(Command command) {
        if (ensureDriver()) {
            driver.get().apply(command);
        }
    }

    /** "" while simulating; while a run is on real sockets, the group and ports it uses. */
    public ReadOnlyStringProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /**
     * Throws any run away and starts the document's topology on real sockets, playing: the
     * {@code liveFactory} builds a {@link org.clusterscope.gui.bridge.LiveClusterPort}. Reset ends it.
     */
    public void playLive(SimulationFactory liveFactory) {
        reset();
        SimulationFactory simulated = factory;
        factory = liveFactory;
        try {
            play();
        } finally {
            factory = simulated;
        }
        if (driver.get() != null) {
            live.set(driver.get().liveDescription());
        }
    }

    /** Throws the running simulation away; the next play starts again from time 0. */
    public void reset() {
        live.set("");
        SimulationDriver old = driver.get();
        pump.follow(null);
        driver.set(null);
        if (old != null) {
            old.close();
        }
        playing.set(false);
        started.set(false);
    }

    public void shutdown() {
        reset();
        pump.stop();
    }

    private boolean ensureDriver() {
        if (driver.get() != null) {
            return true;
        }
        if (factory == null) {
            error.set("No simulation available");
            return false;
        }
        try {
            LiveWorld world = new LiveWorld(ports(), links());
            org.clusterscope.gui.bridge.SimulationPort port = factory.create();
            SimulationDriver created = new SimulationDriver(port, world);
            created.setSpeed(port instanceof org.clusterscope.gui.bridge.LiveClusterPort ? 1 : speed.get());
            created.start();
            pump.follow(created);
            driver.set(created);
            started.set(true);
            error.set("");
            return true;
        } catch (RuntimeException invalid) {
            error.set("Cannot start: " + invalid.getMessage());
            return false;
        }
    }

    private Map<NodeId, Integer> ports() {
        Map<NodeId, Integer> ports = new LinkedHashMap<>();
        for (DocNode node : document.nodes()) {
            ports.put(node.id(), node.port());
        }
        return ports;
    }

    private Map<LinkKey, LinkLive> links() {
        Map<LinkKey, LinkLive> links = new LinkedHashMap<>();
        for (DocLink link : document.links()) {
            Double loss = link.settings().loss();
            links.put(link.key(), new LinkLive(link.settings().up(), false, loss == null ? 0 : loss, 0));
        }
        return links;
    }

    /** The nodes of the document, for menus. */
    public List<NodeId> nodeIds() {
        return document.nodes().stream().map(DocNode::id).toList();
    }
}
