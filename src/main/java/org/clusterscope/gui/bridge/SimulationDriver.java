package org.clusterscope.gui.bridge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.clusterscope.event.SimEvent;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.run.CheckpointPace;

/**
 * Runs a simulation on its own thread, advancing virtual time by wall time × speed, and is one
 * half of the only place where threads cross (DESIGN.md "Threads"; {@link FxPump} is the other).
 *
 * <p>Down: every method called from the FX thread only queues a command; the simulation thread
 * runs it between two slices of simulation. Up: on every tick (about 60 per second) the
 * simulation thread publishes an immutable {@link LiveFrame} and a {@link Batch} of narrated
 * events, chart samples and applied faults. The simulation thread never touches a JavaFX object
 * and the FX thread never runs protocol code.
 *
 * <p>Each tick spends at most {@link #SLICE_BUDGET_NANOS} simulating. When the simulation
 * cannot keep up with the requested speed it runs as fast as it can and the clock simply
 * falls behind, instead of piling up a debt that would freeze it later.
 */
public final class SimulationDriver implements AutoCloseable {

    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 100;
    static final long TICK_NANOS = 16_000_000;
    static final long SLICE_BUDGET_NANOS = 12_000_000;
    /** Virtual time simulated between two looks at the wall clock. */
    private static final long CHUNK_MICROS = 5_000;
    private static final long DROP_KEEP_NANOS = 1_500_000_000L;

    // the run's state: given, or (from a checkpoint) copied on the simulation thread before anything else
    private SimulationPort simulation;
    private LiveWorld world;
    private StatsCollector stats;
    private OverlayStats overlayStats;
    /** Listeners subscribed through {@link #subscribe}, part of the run's state (a checkpoint copies them). */
    private List<org.clusterscope.event.SimListener> extras = new ArrayList<>();
    private final RunState.Relay relay = new RunState.Relay();
    /** The checkpoint this driver starts from, copied when its thread starts; null for a run given whole. */
    private final RunState from;
    /** What is done to the copied simulation before it runs (following a forked script). */
    private java.util.function.Consumer<org.clusterscope.runtime.Simulation> prepare;
    private volatile List<org.clusterscope.event.SimListener> inherited = List.of();
    private volatile CheckpointSink checkpoints;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Batch> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicReference<LiveFrame> latest = new AtomicReference<>(LiveFrame.EMPTY);
    private volatile boolean closed;
    private final WallClock clock;
    /** Virtual seconds per wall second over the last measuring window while playing; NaN when not. */
    private volatile double actualSpeed = Double.NaN;

    // ---- simulation-thread state -----------------------------------------------------------
    private boolean playing;
    private double speed = 1;
    private long wallBase;
    private long virtualBase;
    private long runTarget = -1;
    private boolean seekingRoleChange;
    private boolean roleChangeSeen;
    private boolean changed = true;
    private final Deque<SimEvent> narrated = new ArrayDeque<>();
    /** Narrated events before this instant are in the window's log already (a rebuild keeps them to itself). */
    private volatile long knownUntil;
    /** Whether every event at {@code now} has run (false after a single step). */
    private boolean instantComplete = true;
    private Runnable onReady;
    /** Everything this run handed up for the chart and badges (a few per virtual second), to show it again. */
    private final List<StatsSample> pastSamples = new ArrayList<>();
    private final List<CheckVerdict> pastVerdicts = new ArrayList<>();
    private final List<OverlaySample> pastOverlaySamples = new ArrayList<>();
    private boolean republish;
    private volatile long steps;
    private final List<Batch.AppliedCommand> applied = new ArrayList<>();
    private long measuredWall = -1;
    private long measuredVirtual;

    public SimulationDriver(SimulationPort simulation, LiveWorld world) {
        this(simulation, world, WallClock.SYSTEM);
    }

    /** A driver paced by {@code clock} instead of the machine's clock (tests move it by hand). */
    public SimulationDriver(SimulationPort simulation, LiveWorld world, WallClock clock) {
        this.clock = clock;
        this.from = null;
        adopt(simulation, world, new StatsCollector(() -> world.masters().size()), new OverlayStats(simulation));
        simulation.subscribe(relay);
        thread = new Thread(this::loop, "simulation");
        thread.setDaemon(true);
    }

    /**
     * A driver of a copy of {@code checkpoint}, made on its own thread when it starts, so that the
     * caller (the FX thread) never waits for it: the run, what the window has drawn of it, its
     * chart samples and the listeners subscribed to it then, as they were at that instant.
     */
    public SimulationDriver(RunState checkpoint, java.util.function.Consumer<org.clusterscope.runtime.Simulation> prepare,
            WallClock clock) {
        this.clock = clock;
        this.from = checkpoint;
        this.prepare = prepare;
        thread = new Thread(this::loop, "simulation");
        thread.setDaemon(true);
    }

    private void adopt(SimulationPort port, LiveWorld liveWorld, StatsCollector statsCollector, OverlayStats overlay) {
        this.simulation = port;
        this.world = liveWorld;
        this.stats = statsCollector;
        this.overlayStats = overlay;
        relay.target = event -> {
            world.onEvent(event);
            stats.onEvent(event);
            if (Batch.isNarrated(event) && event.time() >= knownUntil) {
                narrated.addLast(event);
            }
            if (event instanceof SimEvent.StateChanged || event instanceof SimEvent.NodeStopped) {
                roleChangeSeen = true;
            }
            changed = true;
        };
    }

    /** Where the checkpoints this driver passes go, while it runs ahead without drawing (a seek, a run to an instant). */
    public interface CheckpointSink {
        /** Whether a checkpoint at {@code time} is wanted; answering true claims it (simulation thread). */
        boolean wants(long time);

        /** A checkpoint claimed (simulation thread). */
        void parked(RunState state);
    }

    /** Hands a checkpoint to {@code sink} wherever one is due ({@link CheckpointPace}) as it runs past without drawing. */
    public void setCheckpointSink(CheckpointSink sink) {
        checkpoints = sink;
    }

    /** The listeners subscribed to the checkpoint this driver was copied from, as copied; empty until it started. */
    public List<org.clusterscope.event.SimListener> inheritedListeners() {
        return inherited;
    }

    /** Whether this driver runs a copy of a checkpoint (its listeners come with it). */
    public boolean fromCheckpoint() {
        return from != null;
    }

    /** A copy of the run's state now, on the simulation thread, between two events. */
    RunState capture() {
        RunState.Relay silent = new RunState.Relay();
        return RunState.copyOf(simulation, world, stats, overlayStats, pastSamples, pastVerdicts, pastOverlaySamples,
                extras, relay, silent);
    }

    /**
     * Runs to {@code time}, parking a checkpoint on the way wherever one is due by the grid's rule
     * ({@link CheckpointPace}: a grid step of virtual time or of events since the last one, at whole
     * virtual seconds), if the sink wants one there.
     */
    private void runWithCheckpoints(long time) {
        CheckpointSink sink = checkpoints;
        if (sink != null && simulation instanceof RuntimeSimulationPort) {
            long next = CheckpointPace.nextCandidate(simulation.now());
            while (next <= time && !closed) {
                simulation.runUntil(next);
                if (passage.due(next, simulation.steps()) && sink.wants(next)) {
                    stats.advanceTo(simulation.now());
                    sink.parked(capture());
                }
                next += CheckpointPace.CANDIDATE_MICROS;
            }
        }
        if (!closed) {
            simulation.runUntil(time);
        }
    }

    /** Where this run last passed a checkpoint (its own, or one another run parked there). */
    private CheckpointPace.Passage passage = CheckpointPace.DEFAULT.from(0, 0);

    /** Starts the simulation thread (paused). */
    public SimulationDriver start() {
        thread.start();
        return this;
    }

    // ---- commands from the FX thread -------------------------------------------------------

    public void play() {
        command(() -> {
            followAtSpeed();
            playing = true;
            runTarget = -1;
            seekingRoleChange = false;
            rebase();
        });
    }

    public void pause() {
        command(() -> {
            playing = false;
            measure(0);
            runTarget = -1;
            seekingRoleChange = false;
        });
    }

    /** Sets the speed, clamped to 0.1×–100× real time. */
    public void setSpeed(double newSpeed) {
        double clamped = Math.max(MIN_SPEED, Math.min(MAX_SPEED, newSpeed));
        command(() -> {
            speed = clamped;
            followAtSpeed();
            // a hop stays on screen for about a quarter of a wall second, never above 0.4 s of virtual time
            world.setMinimumFlightMicros(Math.min(400_000, (long) (250_000 * speed)));
            rebase();
        });
    }

    /** Pauses and runs exactly one event. */
    public void step() {
        command(() -> {
            playing = false;
            runTarget = -1;
            seekingRoleChange = false;
            // one event at a time is slow whatever the speed: the packet it moves is always drawn
            world.setFollowPackets(true);
            simulation.step();
            instantComplete = false;
            // a new frame even for an event that changed nothing on screen: the Step was taken
            changed = true;
        });
    }

    /** Pauses, then runs event by event until some node changes state (or nothing is left to run). */
    public void stepToRoleChange() {
        command(() -> {
            playing = false;
            runTarget = -1;
            roleChangeSeen = false;
            seekingRoleChange = true;
        });
    }

    /** Runs as fast as possible to virtual time {@code time}, then pauses there. */
    public void runUntil(long time) {
        command(() -> {
            playing = false;
            seekingRoleChange = false;
            runTarget = time;
            followAtSpeed();
        });
    }

    /**
     * Before {@link #start()}: narrated events before {@code time} are not handed up, because the
     * window's log holds them already from an earlier run of the same script.
     */
    public void skipNarratedBefore(long time) {
        knownUntil = time;
    }

    /**
     * Runs, as fast as it can and without drawing anything on the way, to virtual time
     * {@code time}, pauses there, publishes the frame and batch of that instant, then calls
     * {@code ready} on the simulation thread. The window swaps a rebuilt run in only then.
     */
    public void seek(long time, Runnable ready) {
        command(() -> {
            playing = false;
            runTarget = -1;
            seekingRoleChange = false;
            followAtSpeed();
            while (simulation.now() < time && !closed) {
                runWithCheckpoints(Math.min(time, simulation.now() + 100 * CHUNK_MICROS));
            }
            if (closed) {
                // abandoned (the idle fill once the user plays) or closed: not one event further,
                // or it would run on to its target beside the run being played
                return;
            }
            simulation.runUntil(Math.max(time, simulation.now()));
            instantComplete = true;
            stats.advanceTo(simulation.now());
            onReady = ready;
        });
    }

    /** Like {@link #seek}, but to just after the {@code count}-th event of the run (Step back). */
    public void seekSteps(long count, Runnable ready) {
        command(() -> {
            playing = false;
            runTarget = -1;
            seekingRoleChange = false;
            world.setFollowPackets(true);
            while (simulation.steps() < count && !closed && simulation.step()) {
                // one event at a time, as the Steps that got there
            }
            instantComplete = false;
            stats.advanceTo(simulation.now());
            onReady = ready;
        });
    }

    /** How many events the simulation has run, as last published (0 when the port does not count). */
    public long steps() {
        return steps;
    }

    /** Applies a fault at the current virtual time; the next batch reports it. */
    public void apply(Command command) {
        command(() -> {
            boolean ok = simulation.apply(command);
            applied.add(new Batch.AppliedCommand(simulation.now(), command, ok));
        });
    }

    /** Gives a GDB member a new role (null: no member), on the simulation thread, at the current virtual time. */
    public void setGdbMember(String cluster, org.clusterscope.core.NodeId node, String role) {
        command(() -> simulation.setGdbMember(cluster, node, role));
    }

    /** The group and ports of a run on real sockets; empty for a simulation. */
    public String liveDescription() {
        return simulation instanceof LiveClusterPort live ? live.description() : "";
    }

    /** The run on real sockets this driver shows, if it is one; for tests and tools. */
    public java.util.Optional<LiveClusterPort> livePort() {
        return simulation instanceof LiveClusterPort live ? java.util.Optional.of(live) : java.util.Optional.empty();
    }

    /** Runs arbitrary code on the simulation thread; for tests and one-off queries. */
    public void onSimulationThread(Runnable task) {
        command(task);
    }

    /** Subscribes a listener to the simulation, on its thread, before the events that follow this call. */
    public void subscribe(org.clusterscope.event.SimListener listener) {
        command(() -> {
            extras.add(listener);
            simulation.subscribe(listener);
        });
    }

    private void command(Runnable task) {
        commands.add(task);
        LockSupport.unpark(thread);
    }

    // ---- what the FX thread reads ----------------------------------------------------------

    /**
     * How fast the run actually moved over about the last half wall second while playing, in
     * virtual seconds per wall second; NaN while it is not playing or not yet measured. Below the
     * requested speed when the machine cannot keep up.
     */
    public double actualSpeed() {
        return actualSpeed;
    }

    /** The newest frame published; never null. */
    public LiveFrame latestFrame() {
        return latest.get();
    }

    /** The newest picture of the GDB clusters and records, or null when the run has none. */
    public org.clusterscope.runtime.GdbPicture latestGdb() {
        return latestGdb;
    }

    /**
     * Every node's side of public mode's overlay (degree, bounds, pending requests), as of the
     * newest picture; empty in private mode or before the first frame.
     */
    public List<org.clusterscope.runtime.overlay.NodeOverlay> latestOverlay() {
        return latestOverlay;
    }

    /** The batches published since the last call, oldest first. */
    public List<Batch> drainBatches() {
        List<Batch> batches = new ArrayList<>();
        for (Batch batch = outbox.poll(); batch != null; batch = outbox.poll()) {
            batches.add(batch);
        }
        return batches;
    }

    /**
     * Stops the simulation thread soon, without waiting for it: a run swapped out by a seek, a
     * background fill the user overtook. For a simulated run only (it holds nothing to release);
     * a run on real sockets is {@link #close closed}.
     */
    public void abandon() {
        closed = true;
        LockSupport.unpark(thread);
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(2_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (simulation != null) {
            simulation.close();
        }
    }

    // ---- the simulation thread -------------------------------------------------------------

    private void loop() {
        if (from != null) {
            RunState copy = from.copy(relay);
            adopt(copy.port(), copy.world(), copy.stats(), copy.overlayStats());
            if (copy.simulation() != null) {
                prepare.accept(copy.simulation());
            }
            pastSamples.addAll(copy.samples());
            pastVerdicts.addAll(copy.verdicts());
            pastOverlaySamples.addAll(copy.overlaySamples());
            extras = new ArrayList<>(copy.extras());
            inherited = List.copyOf(copy.extras());
            steps = simulation.steps();
            passage = CheckpointPace.DEFAULT.from(simulation.now(), steps);
            republish = true;
        }
        publish(clock.nanoTime(), true);
        while (!closed) {
            long tickStart = clock.nanoTime();
            world.setWallNanos(tickStart);
            try {
                for (Runnable task = commands.poll(); task != null; task = commands.poll()) {
                    task.run();
                    changed = true;
                }
                advance(tickStart);
            } catch (RuntimeException failure) {
                playing = false;
                runTarget = -1;
                seekingRoleChange = false;
                narrated.addLast(new SimEvent.Warning(simulation.now(),
                        "the simulation stopped: " + failure.getMessage()));
                changed = true;
            }
            measure(tickStart);
            publish(clock.nanoTime(), false);
            long sleep = TICK_NANOS - (clock.nanoTime() - tickStart);
            if (sleep > 0 && commands.isEmpty()) {
                clock.park(sleep);
            }
        }
    }

    private void advance(long tickStart) {
        long deadline = tickStart + SLICE_BUDGET_NANOS;
        if (simulation.realTime()) {
            // real nodes need no pushing; while playing, take what they did (paused: the picture stays)
            if (playing || runTarget >= 0 || seekingRoleChange) {
                simulation.runUntil(simulation.now());
                runTarget = -1;
                seekingRoleChange = false;
                changed = true;
            }
            stats.advanceTo(simulation.now());
            return;
        }
        if (runTarget >= 0) {
            runTowards(runTarget, deadline, true);
            if (simulation.now() >= runTarget) {
                runTarget = -1;
            }
            // time moved on even when no event happened (a quiet network): the clock must show it
            changed = true;
        } else if (seekingRoleChange) {
            while (!roleChangeSeen && clock.nanoTime() < deadline) {
                instantComplete = false;
                if (!simulation.step()) {
                    seekingRoleChange = false;
                    break;
                }
            }
            if (roleChangeSeen) {
                seekingRoleChange = false;
            }
        } else if (playing) {
            long target = virtualBase + (long) ((tickStart - wallBase) / 1_000.0 * speed);
            runTowards(target, deadline, false);
            if (simulation.now() < target) {
                // could not keep up: carry on from here rather than owe the difference
                rebase();
            }
            changed = true;
        }
        stats.advanceTo(simulation.now());
        overlayStats.advanceTo(simulation.now());
    }

    private void runTowards(long target, long deadline, boolean parking) {
        instantComplete = true;
        while (simulation.now() < target && clock.nanoTime() < deadline) {
            long to = Math.min(target, simulation.now() + CHUNK_MICROS);
            if (parking) {
                runWithCheckpoints(to);
            } else {
                simulation.runUntil(to);
            }
            overlayStats.advanceTo(simulation.now());
        }
    }

    /** Packets are followed one by one up to {@link LiveFrame#MAX_PACKET_SPEED}× while the run moves on its own. */
    private void followAtSpeed() {
        world.setFollowPackets(speed <= LiveFrame.MAX_PACKET_SPEED);
    }

    /**
     * Measures the actual speed while playing, over windows of about half a wall second: virtual
     * time moved over wall time passed, whatever the requested speed.
     */
    private void measure(long wallNow) {
        if (!playing) {
            measuredWall = -1;
            actualSpeed = Double.NaN;
            return;
        }
        if (measuredWall < 0) {
            measuredWall = wallNow;
            measuredVirtual = simulation.now();
            return;
        }
        long wall = wallNow - measuredWall;
        if (wall >= MEASURE_NANOS) {
            actualSpeed = (simulation.now() - measuredVirtual) * 1_000.0 / wall;
            measuredWall = wallNow;
            measuredVirtual = simulation.now();
        }
    }

    private static final long MEASURE_NANOS = 500_000_000L;

    private void rebase() {
        wallBase = clock.nanoTime();
        virtualBase = simulation.now();
    }

    private static final long GDB_PICTURE_NANOS = 200_000_000L;
    private volatile org.clusterscope.runtime.GdbPicture latestGdb;
    private volatile List<org.clusterscope.runtime.overlay.NodeOverlay> latestOverlay = List.of();
    private long gdbTakenAt;

    private void publish(long wallNow, boolean force) {
        if (!changed && !force) {
            return;
        }
        changed = false;
        boolean moving = playing || runTarget >= 0;
        latest.set(world.freeze(simulation.now(), wallNow, speed, moving, DROP_KEEP_NANOS));
        if (force || !moving || wallNow - gdbTakenAt >= GDB_PICTURE_NANOS) {
            // while it runs, records change at sync pace: a few pictures a second are plenty; once it
            // stops, the picture is of the instant it stopped at
            latestGdb = simulation.gdbPicture();
            latestOverlay = simulation.overlayNodes();
            gdbTakenAt = wallNow;
        }
        steps = simulation.steps();
        List<SimEvent> events = new ArrayList<>(narrated);
        narrated.clear();
        List<Batch.AppliedCommand> faults = List.copyOf(applied);
        applied.clear();
        List<StatsSample> samples = stats.drain();
        List<CheckVerdict> verdicts = simulation.drainVerdicts();
        List<OverlaySample> overlaySamples = overlayStats.drain();
        pastSamples.addAll(samples);
        pastVerdicts.addAll(verdicts);
        pastOverlaySamples.addAll(overlaySamples);
        if (republish) {
            // a copy of a checkpoint shown: the charts and badges start from 0 with all its run handed up
            republish = false;
            samples = List.copyOf(pastSamples);
            verdicts = List.copyOf(pastVerdicts);
            overlaySamples = List.copyOf(pastOverlaySamples);
        }
        if (!events.isEmpty() || !samples.isEmpty() || !faults.isEmpty() || !verdicts.isEmpty()
                || !overlaySamples.isEmpty() || onReady != null) {
            outbox.add(new Batch(events, samples, faults, verdicts, overlaySamples,
                    instantComplete ? simulation.now() : simulation.now() - 1));
        }
        if (onReady != null) {
            Runnable ready = onReady;
            onReady = null;
            ready.run();
        }
    }
}
