package org.clusterscope.gui.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import org.clusterscope.gui.bridge.RunState;
import org.clusterscope.gui.bridge.SimulationDriver;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.TopologyDocument;
import org.clusterscope.gui.bridge.SimulationPort;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.run.Branches;
import org.clusterscope.scenario.run.CheckpointPace;
import org.clusterscope.scenario.run.Checkpoints;
import org.clusterscope.scenario.run.RunCursor;

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
    /** Told of every driver this model builds, before its first event (a rebuild runs ahead before it is shown). */
    private final List<Consumer<SimulationDriver>> driverListeners = new ArrayList<>();
    private org.clusterscope.gui.bridge.WallClock wallClock = org.clusterscope.gui.bridge.WallClock.SYSTEM;

    // ---- rewinding and branching (FX thread) ----------------------------------------------
    private final ReadOnlyLongWrapper instant = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper frontier = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper seeking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndoFork = new ReadOnlyBooleanWrapper();
    private final ObservableList<Long> branchPoints = FXCollections.observableArrayList();
    private final ObservableList<Long> readOnlyBranchPoints = FXCollections.unmodifiableObservableList(branchPoints);
    /** Instants where some node changed state, as far as the run got on the branch shown. */
    private final TreeSet<Long> roleChanges = new TreeSet<>();
    private final Deque<Memo> memos = new ArrayDeque<>();
    private final List<Command> acts = new ArrayList<>();
    private Branches branches;
    private SimulationDriver pending;
    /**
     * The checkpoint grid of the shown branch: copies of the run where {@link CheckpointPace} puts
     * them (every 5 s of virtual time or every million events, whichever first), made as a run
     * passes there without drawing (a seek, a run to an instant, the idle fill), capped by the heap
     * they take; a seek back runs a copy of the latest at or before its target, so it runs at most
     * one grid step, whatever the size of the run.
     */
    private final Checkpoints<RunState> grid = new Checkpoints<>(RunCursor.MOST_CHECKPOINTS,
            RunCursor.defaultBudget(), RunState::now, RunState::bytes, state -> { });
    /** Grid instants parked or being made for the branch shown (simulation threads claim them). */
    private final java.util.Set<Long> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Bumped when the branch shown changes (fork, undo, reset): checkpoints of an older one are not taken. */
    private volatile int generation;
    private final GridFill fill = new GridFill();
    private Long queuedSeek;
    private boolean resumeAfterSwap;
    private Runnable onRebuilt = () -> { };
    private ForkListener onFork = (time, commands) -> () -> { };

    /** What the window does when the run forks; the Runnable it returns puts things back on Undo. */
    public interface ForkListener {
        Runnable forked(long time, List<Command> commands);
    }

    /** What a fork changed here, to undo it. */
    private record Memo(long frontier, SortedSet<Long> roleChanges, Runnable viewUndo) {
    }
    /** The group and ports of a run on real sockets, or empty for a simulation. */
    private final ReadOnlyStringWrapper live = new ReadOnlyStringWrapper("");

    public RunViewModel(TopologyDocument document, Consumer<Batch> onBatch) {
        this.document = document;
        this.pump = new FxPump(batch -> {
            frontier.set(Math.max(frontier.get(), batch.through() + 1));
            for (org.clusterscope.event.SimEvent event : batch.events()) {
                if (event instanceof org.clusterscope.event.SimEvent.StateChanged
                        || event instanceof org.clusterscope.event.SimEvent.NodeStopped) {
                    roleChanges.add(event.time());
                }
            }
            onBatch.accept(batch);
        });
        pump.setOnPulse(() -> instant.set(frame().now()));
    }

    /** The virtual instant the window shows now (canvas, inspector, log highlight); follows seeks and play. */
    public ReadOnlyLongProperty instantProperty() {
        return instant.getReadOnlyProperty();
    }

    /** How far the branch shown has been run: every event before this instant is in the log. */
    public ReadOnlyLongProperty frontierProperty() {
        return frontier.getReadOnlyProperty();
    }

    /** True while a rebuilt state is being prepared in the background. */
    public ReadOnlyBooleanProperty seekingProperty() {
        return seeking.getReadOnlyProperty();
    }

    /** True when the run forked and Undo would bring the old future back. */
    public ReadOnlyBooleanProperty canUndoForkProperty() {
        return canUndoFork.getReadOnlyProperty();
    }

    /** The instants where the branch shown left an earlier one, oldest first. */
    public ObservableList<Long> branchPoints() {
        return readOnlyBranchPoints;
    }

    /** Called after a rebuilt run was swapped in, before its first batch: the chart and badges start again. */
    public void setOnRebuilt(Runnable listener) {
        onRebuilt = listener;
    }

    /** Hears every driver built here before it runs, so it can subscribe to all of its events. */
    public void addDriverListener(Consumer<SimulationDriver> listener) {
        driverListeners.add(listener);
    }

    public void setOnFork(ForkListener listener) {
        onFork = listener;
    }

    /**
     * Shows the run as it was (or will be) at virtual time {@code time}: a new driver runs a copy of
     * the latest checkpoint at or before it (or the script from 0 when there is none) on its own
     * thread, without drawing, and is swapped in when it got there; forwards, the
     * run shown goes on without drawing unless a checkpoint lies ahead. The FX thread never waits.
     */
    public void seek(long time) {
        long target = Math.max(0, time);
        if (refusedLive() || !ensureDriver()) {
            return;
        }
        if (pending != null) {
            queuedSeek = target; // a drag: only the latest instant matters
            return;
        }
        resumeAfterSwap = false;
        fill.stop();
        if (target > frame().now()) {
            halt();
            RunState ahead = branches == null ? null : grid.peekAtOrBefore(target).orElse(null);
            if (ahead != null && ahead.now() > frame().now() + CheckpointPace.CANDIDATE_MICROS) {
                startFrom(ahead, created -> created.seek(target, readyCallback(created)));
            } else {
                // on from here as fast as it goes, without drawing on the way; shown when there
                SimulationDriver current = driver.get();
                seeking.set(true);
                current.seek(target, () -> Platform.runLater(() -> {
                    if (driver.get() == current && pending == null) {
                        seeking.set(false);
                        instant.set(current.latestFrame().now());
                    }
                }));
            }
            return;
        }
        halt();
        if (target == frame().now()) {
            return;
        }
        RunState copied = grid.peekAtOrBefore(target).orElse(null);
        if (copied != null) {
            startFrom(copied, created -> created.seek(target, readyCallback(created)));
            return;
        }
        rebuild(created -> created.seek(target, readyCallback(created)));
    }

    /** Goes back by one event: the run is rebuilt to just after the event before the current one. */
    public void stepBack() {
        if (driver.get() == null || pending != null || refusedLive()) {
            return;
        }
        resumeAfterSwap = false;
        fill.stop();
        halt();
        long count = driver.get().steps();
        if (count <= 0) {
            seek(0);
            return;
        }
        // from the latest checkpoint before that event, rather than from 0
        RunState from = null;
        for (long at : grid.instants()) {
            RunState state = grid.peekAtOrBefore(at).orElseThrow();
            if (state.steps() <= count - 1) {
                from = state;
            }
        }
        if (from != null) {
            startFrom(from, created -> created.seekSteps(count - 1, readyCallback(created)));
            return;
        }
        rebuild(created -> created.seekSteps(count - 1, readyCallback(created)));
    }

    /** A run on real sockets has no script to run again: it neither rewinds nor jumps ahead. */
    private boolean refusedLive() {
        if (live.get().isEmpty()) {
            return false;
        }
        error.set("Real nodes cannot be rewound or run ahead: the timeline only follows a live run");
        return true;
    }

    /** Goes back to the latest instant before the shown one where some node changed state. */
    public void previousRoleChange() {
        Long earlier = roleChanges.lower(frame().now());
        seek(earlier == null ? 0 : earlier);
    }

    /** Goes to the next role change: a known one of this branch is sought at once, else the run steps to it. */
    public void nextRoleChange() {
        Long later = roleChanges.higher(frame().now());
        if (later != null && pending == null) {
            seek(later);
        } else {
            stepToRoleChange();
        }
    }

    /** Undoes the latest fork: the old future comes back, shown at the same instant. */
    public boolean undoFork() {
        if (branches == null || !branches.canUndo() || pending != null) {
            return false;
        }
        long at = frame().now();
        Branches.Fork undone = branches.undo().orElseThrow();
        dropGridFrom(undone.time());
        Memo memo = memos.pop();
        frontier.set(memo.frontier());
        roleChanges.addAll(memo.roleChanges());
        memo.viewUndo().run();
        updateBranches();
        rebuild(created -> created.seek(at, readyCallback(created)));
        return true;
    }

    private void fork(List<Command> commands) {
        long at = frame().now();
        resumeAfterSwap = playing.get();
        if (driver.get() != null) {
            driver.get().pause();
        }
        playing.set(false);
        branches.fork(at, commands);
        dropGridFrom(at);
        SortedSet<Long> dropped = new TreeSet<>(roleChanges.tailSet(at));
        roleChanges.removeAll(dropped);
        long before = frontier.get();
        frontier.set(Math.min(before, at));
        memos.push(new Memo(before, dropped, onFork.forked(at, commands)));
        updateBranches();
        rebuild(created -> created.seek(at, readyCallback(created)));
    }

    /**
     * The branch shown changed at {@code time}: the checkpoints at or after it go; the earlier ones
     * stay, and a run copied from one follows the new script from where it stands.
     */
    private void dropGridFrom(long time) {
        generation++;
        fill.stop();
        grid.dropAfter(time - 1);
        claimed.clear();
        claimed.addAll(grid.instants());
    }

    /** The checkpoint instants of the branch shown, in time order; for tests and the bench. */
    public List<Long> checkpointInstants() {
        return grid.instants();
    }

    /** What the checkpoints weigh together, estimated (bytes). */
    public long checkpointBytes() {
        return grid.weight();
    }

    /** A driver of a copy of {@code checkpoint}, prepared by {@code prepare}; its copy is made on its own thread. */
    private void startFrom(RunState checkpoint, Consumer<SimulationDriver> prepare) {
        if (pending != null) {
            pending.close();
        }
        fill.stop();
        org.clusterscope.scenario.run.RunScript script = branches.current();
        Object followed = checkpoint.script();
        SimulationDriver created = new SimulationDriver(checkpoint, simulation -> {
            if (followed != script) {
                new org.clusterscope.scenario.run.ScenarioRunner(script.scenario()).follow(simulation);
            }
        }, wallClock);
        created.setSpeed(speed.get());
        created.skipNarratedBefore(frontier.get());
        created.setCheckpointSink(sinkFor(script));
        pending = created;
        seeking.set(true);
        driverListeners.forEach(listener -> listener.accept(created));
        prepare.accept(created);
        created.start();
    }

    /** Where a driver of {@code script} parks the checkpoints it passes; those of an older branch are dropped. */
    private SimulationDriver.CheckpointSink sinkFor(org.clusterscope.scenario.run.RunScript script) {
        int branch = generation;
        return new SimulationDriver.CheckpointSink() {
            @Override
            public boolean wants(long time) {
                return generation == branch && claimed.add(time);
            }

            @Override
            public void parked(RunState state) {
                state.withScript(script);
                Platform.runLater(() -> {
                    if (generation == branch) {
                        grid.park(state);
                    }
                });
            }
        };
    }

    private void updateBranches() {
        branchPoints.setAll(branches.branchPoints());
        canUndoFork.set(branches.canUndo());
    }

    /** A new driver of the current script (or, when the factory cannot replay, of a fresh run), prepared by {@code prepare}. */
    private void rebuild(Consumer<SimulationDriver> prepare) {
        if (pending != null) {
            pending.close();
        }
        if (driver.get() != null && playing.get()) {
            resumeAfterSwap = true;
            driver.get().pause();
            playing.set(false);
        }
        try {
            SimulationPort port = branches != null ? factory.create(branches.current()) : factory.create();
            SimulationDriver created = new SimulationDriver(port, new LiveWorld(ports(), links()), wallClock);
            created.setSpeed(speed.get());
            created.skipNarratedBefore(frontier.get());
            if (branches != null) {
                created.setCheckpointSink(sinkFor(branches.current()));
            }
            pending = created;
            seeking.set(true);
            driverListeners.forEach(listener -> listener.accept(created)); // before the seek it is prepared for
            prepare.accept(created);
            created.start();
        } catch (RuntimeException invalid) {
            pending = null;
            seeking.set(false);
            error.set("Cannot rebuild the run: " + invalid.getMessage());
        }
    }

    private Runnable readyCallback(SimulationDriver created) {
        return () -> Platform.runLater(() -> swapIn(created));
    }

    private void swapIn(SimulationDriver created) {
        if (created != pending) {
            created.close(); // overtaken by a later seek, or the run was reset
            return;
        }
        pending = null;
        SimulationDriver old = driver.get();
        pump.follow(created);
        driver.set(created);
        if (old != null) {
            // the checkpoint grid serves the next seek back, not the run swapped out; it may be
            // running ahead still (a forward seek overtaken): the FX thread does not wait for it
            old.abandon();
        }
        instant.set(created.latestFrame().now());
        onRebuilt.run();
        seeking.set(false);
        if (queuedSeek != null) {
            long next = queuedSeek;
            queuedSeek = null;
            seek(next);
        } else if (resumeAfterSwap) {
            resumeAfterSwap = false;
            play();
        } else {
            fill.start();
        }
    }

    /**
     * The idle fill: while the run stands still, a run nobody sees (a driver that never draws) goes
     * from the latest checkpoint before the first missing grid instant to as far as the branch shown
     * was run, parking a checkpoint at each grid instant on its way. It stops as soon as the user
     * plays, steps or seeks, and is dropped with the branch (fork, undo, reset); the next idle
     * moment starts it again from what is parked by then.
     */
    private final class GridFill {
        private SimulationDriver running;

        void stop() {
            if (running != null) {
                running.abandon();
                running = null;
            }
        }

        void start() {
            if (running != null || branches == null || pending != null || playing.get() || driver.get() == null
                    || !live.get().isEmpty()) {
                return;
            }
            long limit = frontier.get() - 1;
            long gap = -1;
            for (long at = CheckpointPace.GRID_MICROS; at <= limit && gap < 0; at += CheckpointPace.GRID_MICROS) {
                long step = at;
                if (claimed.stream().noneMatch(t -> t > step - CheckpointPace.GRID_MICROS && t <= step)) {
                    gap = at;
                }
            }
            if (gap < 0) {
                return;
            }
            RunState base = grid.peekAtOrBefore(gap - 1).orElse(null);
            org.clusterscope.scenario.run.RunScript script = branches.current();
            SimulationDriver filler;
            try {
                if (base != null) {
                    Object followed = base.script();
                    filler = new SimulationDriver(base, simulation -> {
                        if (followed != script) {
                            new org.clusterscope.scenario.run.ScenarioRunner(script.scenario()).follow(simulation);
                        }
                    }, wallClock);
                } else {
                    filler = new SimulationDriver(factory.create(script), new LiveWorld(ports(), links()), wallClock);
                    driverListeners.forEach(listener -> listener.accept(filler));
                }
            } catch (RuntimeException cannot) {
                return; // the window's own run goes on; only the fill is given up
            }
            filler.skipNarratedBefore(Long.MAX_VALUE);
            filler.setCheckpointSink(sinkFor(script));
            running = filler;
            filler.seek(limit, () -> Platform.runLater(() -> {
                if (running == filler) {
                    running = null;
                }
                filler.abandon();
            }));
            filler.start();
        }
    }

    public void setFactory(SimulationFactory newFactory) {
        factory = newFactory;
    }

    /** The wall clock that paces the simulations started from now on (a test moves its own). */
    public void setWallClock(org.clusterscope.gui.bridge.WallClock clock) {
        wallClock = clock;
    }

    /** Now on the wall clock that paces the run, the one its frames are stamped with. */
    public long wallNow() {
        return wallClock.nanoTime();
    }

    /** How fast the run actually moves, in virtual seconds per wall second; NaN when not playing. */
    public double actualSpeed() {
        SimulationDriver current = driver.get();
        return current == null ? Double.NaN : current.actualSpeed();
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
        fill.stop();
        if (ensureDriver()) {
            driver.get().play();
            playing.set(true);
        }
    }

    /** Pauses; while the run stands still the grid of checkpoints is filled in the background. */
    public void pause() {
        halt();
        fill.start();
    }

    private void halt() {
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
        fill.stop();
        if (ensureDriver()) {
            driver.get().step();
            playing.set(false);
        }
    }

    public void stepToRoleChange() {
        fill.stop();
        if (ensureDriver()) {
            driver.get().stepToRoleChange();
            playing.set(false);
        }
    }

    public void runUntil(long micros) {
        fill.stop();
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

    /** Every node's side of public mode's overlay now; empty before the run starts or in private mode. */
    public List<org.clusterscope.runtime.overlay.NodeOverlay> overlayNodes() {
        SimulationDriver current = driver.get();
        return current == null ? List.of() : current.latestOverlay();
    }

    /** Gives a GDB member a new role in the running simulation. */
    public void setGdbMember(String cluster, NodeId node, String role) {
        if (driver.get() != null) {
            driver.get().setGdbMember(cluster, node, role);
        }
    }

    /**
     * Applies a command by hand at the instant shown. With a script to replay this forks the run:
     * the future after that instant is replaced by the new one (the commands of one pulse, a cut's
     * links or Start All, make one fork); Undo brings the old future back.
     */
    public void apply(Command command) {
        if (!ensureDriver()) {
            return;
        }
        if (branches == null) {
            driver.get().apply(command);
            return;
        }
        acts.add(command);
        if (acts.size() == 1) {
            Platform.runLater(() -> {
                List<Command> batch = List.copyOf(acts);
                acts.clear();
                if (branches != null && !batch.isEmpty()) {
                    fork(batch);
                }
            });
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
        if (pending != null) {
            pending.close();
            pending = null;
        }
        queuedSeek = null;
        resumeAfterSwap = false;
        generation++;
        fill.stop();
        grid.clear();
        claimed.clear();
        branches = null;
        memos.clear();
        acts.clear();
        roleChanges.clear();
        branchPoints.clear();
        canUndoFork.set(false);
        frontier.set(0);
        instant.set(0);
        seeking.set(false);
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
            org.clusterscope.scenario.run.RunScript script = factory.script();
            branches = script == null ? null : new Branches(script);
            SimulationPort port = script == null ? factory.create() : factory.create(script);
            SimulationDriver created = new SimulationDriver(port, world, wallClock);
            created.setSpeed(port.realTime() ? 1 : speed.get());
            if (branches != null) {
                created.setCheckpointSink(sinkFor(branches.current()));
            }
            driverListeners.forEach(listener -> listener.accept(created));
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
