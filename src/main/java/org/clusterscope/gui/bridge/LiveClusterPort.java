package org.clusterscope.gui.bridge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.LiveCluster;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationSession;
import org.clusterscope.scenario.check.LiveChecks;
import org.clusterscope.scenario.run.LiveScenario;

/**
 * A {@link LiveCluster} seen by the {@link SimulationDriver} as a simulation whose time runs by
 * itself: {@link #now()} is wall time since the run began, {@link #runUntil} hands over the
 * events the nodes published since the last call (times moved by {@link EventClock}), applies the
 * scenario's timed commands that fell due, and checks the expectations due by then.
 *
 * <p>The nodes publish on their own threads; their events wait in a queue until the driver's
 * thread takes them, so {@link LiveWorld} and the listeners stay on one thread as the driver
 * requires. While the window is paused nothing is taken: the picture freezes and the nodes run
 * on; a play catches up. A long pause keeps every change of state but at most
 * {@link #MAX_PENDING} packet events.
 */
public final class LiveClusterPort implements SimulationPort {

    /** Packet events kept while nobody takes them (a pause): about ten minutes of a busy demo. */
    static final int MAX_PENDING = 200_000;

    private final LiveCluster cluster;
    private final EventClock clock;
    private final String description;
    private final LiveChecks checks;
    private final ConcurrentLinkedQueue<SimEvent> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingPackets = new AtomicInteger();
    private final AtomicInteger skippedPackets = new AtomicInteger();
    private final List<SimListener> listeners = new CopyOnWriteArrayList<>();
    private final List<LiveScenario.Timed> schedule = new ArrayList<>();

    /**
     * @param cluster     built, nodes added, none started: they start as {@code schedule} says
     * @param description what the window shows beside "LIVE": the group and ports in use
     */
    public LiveClusterPort(LiveCluster cluster, List<LiveScenario.Timed> schedule, List<Expectation> expect, long endMicros,
            String description) {
        this.cluster = cluster;
        this.description = description;
        this.schedule.addAll(schedule);
        this.schedule.sort(Comparator.comparingLong(LiveScenario.Timed::at));
        cluster.subscribe(this::arrived);
        this.clock = new EventClock(cluster.origin());
        this.checks = new LiveChecks(expect, cluster, clock.origin(), endMicros);
    }

    private void arrived(SimEvent event) {
        if (isPacket(event)) {
            if (pendingPackets.get() >= MAX_PENDING) {
                skippedPackets.incrementAndGet();
                return;
            }
            pendingPackets.incrementAndGet();
        }
        inbox.add(event);
    }

    private static boolean isPacket(SimEvent event) {
        return event instanceof SimEvent.PacketSent || event instanceof SimEvent.PacketHop
                || event instanceof SimEvent.PacketDelivered || event instanceof SimEvent.PacketDropped;
    }

    public LiveCluster cluster() {
        return cluster;
    }

    /** The group and ports in use, for the window's "LIVE" label. */
    public String description() {
        return description;
    }

    public EventClock clock() {
        return clock;
    }

    @Override
    public boolean realTime() {
        return true;
    }

    @Override
    public long now() {
        return clock.since(cluster.now());
    }

    /** Time is not ours to step: takes what happened so far, and says there is no next event to run. */
    @Override
    public boolean step() {
        runUntil(now());
        return false;
    }

    @Override
    public void runUntil(long time) {
        long now = now();
        while (!schedule.isEmpty() && schedule.get(0).at() <= now) {
            LiveScenario.Timed due = schedule.remove(0);
            deliver();
            cluster.apply(due.command());
        }
        deliver();
        checks.checkDue(now);
    }

    /** Hands the events waiting in the queue to the listeners, in the order they were published. */
    private void deliver() {
        int skipped = skippedPackets.getAndSet(0);
        if (skipped > 0) {
            SimEvent warning = new SimEvent.Warning(now(), skipped
                    + " packet events were not drawn while the picture was paused (the nodes kept running)");
            listeners.forEach(listener -> listener.onEvent(warning));
        }
        for (SimEvent event = inbox.poll(); event != null; event = inbox.poll()) {
            if (isPacket(event)) {
                pendingPackets.decrementAndGet();
            }
            SimEvent shifted = clock.shift(event);
            checks.observe(shifted);
            for (SimListener listener : listeners) {
                listener.onEvent(shifted);
            }
        }
    }

    @Override
    public void subscribe(SimListener listener) {
        listeners.add(listener);
    }

    @Override
    public Optional<NodeId> currentMaster() {
        return cluster.currentMaster();
    }

    @Override
    public boolean apply(Command command) {
        return cluster.apply(command); // its events are drawn at the next tick, or after a pause
    }

    /** The GDB clusters and every node's records, read on each node's thread, with time since the start; null without GDB. */
    @Override
    public org.clusterscope.runtime.GdbPicture gdbPicture() {
        org.clusterscope.runtime.GdbPicture picture = cluster.gdbPicture();
        return picture == null ? null : picture.since(clock.origin());
    }

    @Override
    public void setGdbMember(String clusterName, NodeId node, String role) {
        if (cluster.hasGdb()) {
            cluster.setGdbMember(clusterName, node, role);
        }
    }

    @Override
    public List<CheckVerdict> drainVerdicts() {
        return checks.drain().stream().map(LiveClusterPort::verdict).toList();
    }

    private static CheckVerdict verdict(ExpectationSession.Update update) {
        Boolean passed = switch (update.verdict()) {
            case PASS -> Boolean.TRUE;
            case FAIL -> Boolean.FALSE;
            case SKIP -> null;
        };
        return new CheckVerdict(update.index(), passed, update.detail());
    }

    /** The topology of {@code scenario} started live on loopback, its timed commands and expectations with it. */
    public static LiveClusterPort of(Scenario scenario) {
        LiveScenario.Built built = LiveScenario.build(scenario);
        LiveClusterPort port = new LiveClusterPort(built.cluster(), built.schedule(), scenario.expect(),
                scenario.runFor().micros(), built.description());
        built.cluster().note(LiveScenario.note(built.description()));
        if (port.checks.watchesInvariants()) {
            built.cluster().note(LiveChecks.CAVEAT);
        }
        return port;
    }

    /** Kills every node (no goodbyes) and closes their sockets. */
    @Override
    public void close() {
        cluster.close();
    }
}
