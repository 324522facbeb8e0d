package org.clusterscope.runtime.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.engine.Engine;
import org.clusterscope.engine.Timer;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.sim.SimNetwork;

/**
 * Public mode, PROTOCOL.md §8: every running public node runs maintenance rounds, asks candidates
 * from its peer table for connections when it is below its min, sheds discovered links when it
 * is above its max, and answers the requests it receives; accepted requests become discovered
 * links on the {@link SimNetwork}. Discovered links close when an end stops, when a partition
 * would cut them, when maintenance sheds them, or by hand.
 *
 * <p>It hears node starts, stops and partitions on the event stream, so it must be subscribed
 * after the listeners that are to see a stop before the closes it causes. Every draw comes from
 * the node's own stream {@code node.<id>.overlay}, created only once public mode is on: a run
 * without it draws nothing and schedules nothing (the traces of private mode stay byte-identical).
 * Simulation thread only.
 */
public final class PublicOverlay implements SimListener {

    /** The kind of the message a stopping node's goodbye travels as; its last words still arrive (§8). */
    private static final String GOODBYE = "goodbye";
    private static final double JITTER = 0.10;

    private final Engine engine;
    private final SimNetwork network;
    private final EventStream events;
    private final OverlayConfig config;
    private final BiPredicate<NodeId, NodeId> holdsConnected;
    private final long latencyMicros;
    private final Map<NodeId, State> states = new LinkedHashMap<>();
    private final List<OverlayListener> listeners = new ArrayList<>();

    /** One node's books. */
    private final class State {
        final NodeId id;
        boolean privateNode;
        RandomGenerator random;
        Timer round;
        /** Peers it asked that have not answered, in the order asked. */
        final Set<NodeId> asked = new LinkedHashSet<>();
        /** Peers whose request it accepted while their link is not up yet. */
        final Set<NodeId> accepted = new LinkedHashSet<>();

        State(NodeId id, boolean privateNode) {
            this.id = id;
            this.privateNode = privateNode;
        }

        RandomGenerator random() {
            if (random == null) {
                random = engine.random().stream("node." + id.value() + ".overlay");
            }
            return random;
        }

        int pending() {
            int p = asked.size();
            for (NodeId peer : accepted) {
                if (!asked.contains(peer)) {
                    p++;
                }
            }
            return p;
        }

        void cancelRound() {
            if (round != null) {
                round.cancel();
                round = null;
            }
        }
    }

    /**
     * Public mode over {@code network}, whose nodes are all added already; {@code privateNodes}
     * keep only their trusted links; {@code holdsConnected(node, peer)} says whether the node's
     * peer table holds the peer as connected (§2). Subscribe it to {@code events}.
     */
    public PublicOverlay(Engine engine, SimNetwork network, EventStream events, OverlayConfig config,
            Set<NodeId> privateNodes, BiPredicate<NodeId, NodeId> holdsConnected) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.network = Objects.requireNonNull(network, "network");
        this.events = Objects.requireNonNull(events, "events");
        this.config = Objects.requireNonNull(config, "config");
        this.holdsConnected = Objects.requireNonNull(holdsConnected, "holdsConnected");
        this.latencyMicros = SimTime.ms(network.defaults().latencyMs());
        for (NodeId id : network.nodes()) {
            states.put(id, new State(id, privateNodes.contains(id)));
        }
        for (NodeId id : network.nodes()) {
            if (network.isRunning(id)) {
                scheduleFirstRound(state(id));
            }
        }
    }

    public OverlayConfig config() {
        return config;
    }

    /** Hears every overlay change (request, accept, refusal, close) as it happens, on the simulation thread. */
    public void addListener(OverlayListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(OverlayListener listener) {
        listeners.remove(listener);
    }

    // ---- what the network tells us -------------------------------------------------------

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.NodeStarted s) {
            State state = states.get(s.node());
            if (state != null) {
                scheduleFirstRound(state);
            }
        } else if (event instanceof SimEvent.NodeStopped s) {
            State state = states.get(s.node());
            if (state != null) {
                stopped(state, s.kind() != SimEvent.StopKind.KILLED);
            }
        } else if (event instanceof SimEvent.PartitionChanged p) {
            partitioned(p.name());
        }
    }

    /** An end stopped: its discovered links close, its requests and rounds are forgotten (§8). */
    private void stopped(State state, boolean saidGoodbye) {
        state.cancelRound();
        state.asked.clear();
        state.accepted.clear();
        for (NodeId peer : network.discoveredNeighbours(state.id)) {
            close(state.id, peer, saidGoodbye ? state.id : null, state.id + " stopped");
        }
    }

    /** A partition or nemesis closes every discovered link it cuts; a heal brings none back (§8). */
    private void partitioned(String name) {
        for (LinkView link : network.discoveredLinks()) {
            if (link.cut()) {
                close(link.a(), link.b(), null, "cut by " + ("partition".equals(name) ? "the partition" : name));
            }
        }
    }

    // ---- maintenance -------------------------------------------------------------------------

    private void scheduleFirstRound(State state) {
        if (state.privateNode || !network.isRunning(state.id) || state.round != null) {
            return;
        }
        long period = SimTime.ms(config.maintenanceMs());
        long extra = period / 2 > 0 ? state.random().nextLong(period / 2) : 0;
        state.round = engine.schedule(period + extra, () -> round(state));
    }

    private void round(State state) {
        state.round = null;
        if (state.privateNode || !network.isRunning(state.id)) {
            return;
        }
        state.asked.clear();
        int d = network.degree(state.id);
        int p = state.pending();
        if (d + p < config.min()) {
            ask(state, d, p);
        } else if (d > config.max()) {
            shed(state, d);
        }
        long period = SimTime.ms(config.maintenanceMs());
        double factor = 1 - JITTER + 2 * JITTER * state.random().nextDouble();
        state.round = engine.schedule(Math.max(1, Math.round(period * factor)), () -> round(state));
    }

    private void ask(State state, int d, int p) {
        List<NodeId> candidates = new ArrayList<>();
        for (NodeId peer : network.nodes()) {
            if (!peer.equals(state.id) && holdsConnected.test(state.id, peer) && !state(peer).privateNode
                    && !network.isLinked(state.id, peer) && !state.asked.contains(peer)
                    && !state.accepted.contains(peer)) {
                candidates.add(peer);
            }
        }
        shuffle(candidates, state.random());
        int wanted = Math.min(config.connections() - d - p, candidates.size());
        String why = "degree " + d + (p == 0 ? "" : " and " + p + " pending") + ", below its min " + config.min();
        for (NodeId candidate : candidates.subList(0, wanted)) {
            state.asked.add(candidate);
            emit(new SimEvent.ConnectRequest(engine.now(), state.id, candidate, why));
            engine.schedule(latencyMicros, () -> requestArrives(state.id, candidate));
        }
    }

    private void shed(State state, int d) {
        List<NodeId> discovered = new ArrayList<>();
        for (NodeId peer : network.nodes()) {
            if (network.isDiscovered(state.id, peer)) {
                discovered.add(peer);
            }
        }
        shuffle(discovered, state.random());
        int count = Math.min(d - config.connections(), discovered.size());
        for (NodeId peer : discovered.subList(0, count)) {
            close(state.id, peer, null, "shed by " + state.id + ": " + d + " connections, above its max " + config.max());
        }
    }

    // ---- requests and answers ----------------------------------------------------------------

    /** The request reaches the candidate directly, one latency after it was sent (§8). */
    private void requestArrives(NodeId asker, NodeId candidate) {
        State c = state(candidate);
        if (!network.isRunning(candidate)) {
            return; // no answer: the asker forgets it at its next round
        }
        String refusal = refusal(c, asker);
        if (refusal == null) {
            c.accepted.add(asker);
            int load = network.degree(candidate) + c.pending();
            String why = candidate + " accepted at " + load + " of its max " + config.max();
            engine.schedule(latencyMicros, () -> acceptArrives(asker, candidate, why));
        } else {
            engine.schedule(latencyMicros, () -> refusalArrives(asker, candidate, refusal));
        }
    }

    /** Why {@code c} refuses {@code asker}: the first reason of §8 that applies, in order, or null to accept. */
    private String refusal(State c, NodeId asker) {
        if (c.privateNode) {
            return "private";
        }
        if (!network.partitionAllows(asker, c.id)) {
            return "cut off by the partition";
        }
        if (network.isLinked(asker, c.id)) {
            return "already linked";
        }
        int load = network.degree(c.id) + c.pending();
        if (load >= config.max()) {
            return load + " connections, its max";
        }
        return null;
    }

    private void refusalArrives(NodeId asker, NodeId candidate, String why) {
        State a = state(asker);
        if (a.asked.remove(candidate) && network.isRunning(asker)) {
            emit(new SimEvent.Refuse(engine.now(), candidate, asker, why));
        }
    }

    private void acceptArrives(NodeId asker, NodeId candidate, String why) {
        State a = state(asker);
        State c = state(candidate);
        c.accepted.remove(asker);
        if (!a.asked.remove(candidate) || !network.isRunning(asker)) {
            return; // the asker stopped, or forgot the request at a round: nothing is made
        }
        if (!network.isRunning(candidate)) {
            emit(new SimEvent.Refuse(engine.now(), candidate, asker, candidate + " stopped"));
        } else if (network.isLinked(asker, candidate)) {
            emit(new SimEvent.Refuse(engine.now(), candidate, asker, "already linked"));
        } else if (!network.partitionAllows(asker, candidate)) {
            emit(new SimEvent.Refuse(engine.now(), candidate, asker, "cut off by the partition"));
        } else if (network.linkDiscovered(asker, candidate)) {
            emit(new SimEvent.Connect(engine.now(), asker, candidate, why));
        }
    }

    // ---- by hand -------------------------------------------------------------------------------

    /** Closes the discovered link a–b by hand; false when there is none (trusted links are not closed here). */
    public boolean closeByHand(NodeId a, NodeId b) {
        return close(a, b, null, "closed by hand");
    }

    /**
     * Makes a node private (it keeps only its trusted links: its discovered ones close, its
     * rounds stop) or public again (its rounds start as after a start). False when nothing changes.
     */
    public boolean setPrivate(NodeId id, boolean privateNode) {
        State state = state(id);
        if (state.privateNode == privateNode) {
            return false;
        }
        state.privateNode = privateNode;
        if (privateNode) {
            state.cancelRound();
            state.asked.clear();
            state.accepted.clear();
            for (NodeId peer : network.discoveredNeighbours(id)) {
                close(id, peer, null, id + " is private");
            }
        } else {
            scheduleFirstRound(state);
        }
        return true;
    }

    private boolean close(NodeId a, NodeId b, NodeId spareGoodbyeOf, String why) {
        if (!network.closeDiscovered(a, b, spareGoodbyeOf, GOODBYE)) {
            return false;
        }
        emit(new SimEvent.Disconnect(engine.now(), a, b, why));
        return true;
    }

    // ---- looking -------------------------------------------------------------------------------

    public boolean isPrivate(NodeId id) {
        return state(id).privateNode;
    }

    /** Every discovered link now, in the order it was made (each {@link LinkView#discovered()}). */
    public List<LinkView> links() {
        return network.discoveredLinks();
    }

    /** One node's side of the overlay now. */
    public NodeOverlay node(NodeId id) {
        State state = state(id);
        return new NodeOverlay(id, state.privateNode, network.isRunning(id), network.degree(id), config.min(),
                config.max(), new ArrayList<>(state.asked), new ArrayList<>(state.accepted), state.pending(),
                network.discoveredNeighbours(id));
    }

    /** Every node's side, in scenario order. */
    public List<NodeOverlay> nodes() {
        List<NodeOverlay> out = new ArrayList<>();
        for (NodeId id : states.keySet()) {
            out.add(node(id));
        }
        return out;
    }

    /**
     * What breaks the invariants of §8 now, or null: links symmetric; no discovered link with a
     * stopped or private end or across the current partition; no node whose discovered links and
     * pending requests together exceed its max (discovery never takes it above).
     */
    public String violation() {
        for (LinkView link : network.discoveredLinks()) {
            if (!network.discoveredNeighbours(link.a()).contains(link.b())
                    || !network.discoveredNeighbours(link.b()).contains(link.a())) {
                return "discovered link " + link.a() + "-" + link.b() + " is not symmetric";
            }
            for (NodeId end : List.of(link.a(), link.b())) {
                if (!network.isRunning(end)) {
                    return "discovered link " + link.a() + "-" + link.b() + " has a stopped end " + end;
                }
                if (state(end).privateNode) {
                    return "discovered link " + link.a() + "-" + link.b() + " has a private end " + end;
                }
            }
            if (link.cut() || !network.partitionAllows(link.a(), link.b())) {
                return "discovered link " + link.a() + "-" + link.b() + " crosses the partition";
            }
        }
        for (State state : states.values()) {
            int discovered = network.discoveredNeighbours(state.id).size();
            if (discovered + state.pending() > config.max()) {
                return state.id + " has " + discovered + " discovered links and " + state.pending()
                        + " pending, above its max " + config.max();
            }
        }
        return null;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private State state(NodeId id) {
        State state = states.get(id);
        if (state == null) {
            throw new IllegalArgumentException("unknown node " + id);
        }
        return state;
    }

    private void emit(SimEvent.OverlayEvent event) {
        events.onEvent(event);
        for (OverlayListener listener : List.copyOf(listeners)) {
            listener.onOverlayEvent(event);
        }
    }

    /** Fisher–Yates from the last element down, so one list and one stream give one order. */
    private static void shuffle(List<NodeId> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            NodeId swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
