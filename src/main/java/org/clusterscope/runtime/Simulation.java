package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.engine.Engine;
import org.clusterscope.engine.Timer;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.gdb.GdbCluster;
import org.clusterscope.gdb.GdbRealm;
import org.clusterscope.gdb.GdbRecord;
import org.clusterscope.net.Clock;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.Transport;
import org.clusterscope.net.sim.Nemesis;
import org.clusterscope.net.sim.SimNetwork;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.node.NodePorts;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.discovery.PeerDirectory;

/**
 * The composition root of a simulated cluster: one {@link Engine}, one {@link SimNetwork}, and a
 * {@link ClusterNode} per scenario node wired to virtual time, the simulated transport and its
 * own named random streams. It is also the command facade the scenario runner and the GUI use:
 * every command acts at the current virtual time and shows up as events.
 *
 * <p>Single-threaded, like the engine: call it from the simulation thread only.
 */
public final class Simulation implements ClusterControl {

    private final Engine engine;
    private final EventStream events = new EventStream();
    private final SimNetwork network;
    private final ProtocolConfig protocol;
    private final Map<NodeId, ClusterNode> nodes = new LinkedHashMap<>();
    /** The nodes' peer rows by sender too: every node of a run is driven by its one thread. */
    private final PeerDirectory peerRows = new PeerDirectory();
    /** Which node holds each port: checking a new node costs one look-up, not one per node. */
    private final Map<Integer, NodeId> portOwners = new java.util.HashMap<>();
    /** The ids in the order added, kept as one list: the invariants ask for it after every step. */
    private List<NodeId> ids;
    /** One clock for every node: a node reads it on every message, and one object stays in cache. */
    private final Clock clock;
    /** The GDB clusters of the run (PROTOCOL.md §7), or null when it has none. */
    private GdbLayer gdbLayer;
    /** {@code gdbLayer}'s realm, kept at hand for the nodes' lookups; null with it. */
    private GdbRealm gdb;
    private final GdbCommands gdbCommands = new GdbCommands(this, () -> gdbLayer, "this simulation",
            (id, change) -> change.test(node(id).gdb()));
    /** Public mode (PROTOCOL.md §8), or null when the overlay is exactly the file's links. */
    private org.clusterscope.runtime.overlay.PublicOverlay overlay;

    public Simulation(long seed, ProtocolConfig protocol, LinkSettings networkDefaults) {
        this.engine = new Engine(seed);
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.network = new SimNetwork(engine, events, Objects.requireNonNull(networkDefaults, "networkDefaults"));
        this.clock = engine::now;
    }

    /** Default protocol and link settings. */
    public Simulation(long seed) {
        this(seed, ProtocolConfig.defaults(), LinkSettings.DEFAULTS);
    }

    // ---- building ----------------------------------------------------------------------------

    /** Adds a node, down until started; call in scenario order. */
    public void addNode(NodeSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (nodes.containsKey(spec.id())) {
            throw new IllegalArgumentException("node " + spec.id() + " already exists");
        }
        NodeId other = portOwners.putIfAbsent(spec.port(), spec.id());
        if (other != null) {
            throw new IllegalArgumentException("port " + spec.port() + " of " + spec.id() + " is already used by "
                    + other);
        }
        Transport transport = network.addNode(spec.id());
        String prefix = "node." + spec.id().value();
        NodePorts ports = new NodePorts(transport, clock, (delay, task) -> engine.schedule(delay, task)::cancel,
                events, engine.random().stream(prefix + ".heartbeat"), engine.random().stream(prefix + ".answer"));
        ClusterNode node = new ClusterNode(spec, protocol, ports, peerRows);
        nodes.put(spec.id(), node);
        ids = null;
    }

    /** Links two nodes, with the network defaults when {@code settings} is null. */
    public void link(NodeId a, NodeId b, LinkSettings settings) {
        if (settings == null) {
            network.link(a, b);
        } else {
            network.link(a, b, settings);
        }
    }

    public void link(NodeId a, NodeId b) {
        link(a, b, null);
    }

    /**
     * Gives every node a global database with these networks (name → nodes) and clusters
     * (PROTOCOL.md §7). Call once, after every node is added and before any runs.
     */
    public void configureGdb(Map<String, List<NodeId>> nets, List<GdbCluster> clusters) {
        if (gdb != null) {
            throw new IllegalStateException("the GDB is already configured");
        }
        gdbLayer = new GdbLayer(clock, events, 0, nets, clusters);
        GdbRealm realm = gdbLayer.realm();
        gdb = realm;
        for (ClusterNode node : nodes.values()) {
            node.attachGdb(realm);
        }
    }

    /**
     * Turns public mode on (PROTOCOL.md §8): public nodes open and close discovered links from now
     * on; {@code privateNodes} keep only their trusted links. Call once, after every node is added
     * and linked, after the listeners that should see a node stop before the links it closes.
     */
    public org.clusterscope.runtime.overlay.PublicOverlay configureOverlay(
            org.clusterscope.runtime.overlay.OverlayConfig config, java.util.Set<NodeId> privateNodes) {
        if (overlay != null) {
            throw new IllegalStateException("public mode is already configured");
        }
        overlay = new org.clusterscope.runtime.overlay.PublicOverlay(engine, network, events, config, privateNodes,
                (id, peer) -> node(id).peers().isConnected(peer));
        events.subscribe(overlay);
        return overlay;
    }

    /** Public mode, for the window and the checks: discovered links, each node's degree and bounds, overlay events. */
    public Optional<org.clusterscope.runtime.overlay.PublicOverlay> overlay() {
        return Optional.ofNullable(overlay);
    }

    /** What breaks an invariant of PROTOCOL.md §8 now, or null (always null in private mode). */
    public String overlayViolation() {
        return overlay == null ? null : overlay.violation();
    }

    @Override
    public boolean closeDiscoveredLink(NodeId a, NodeId b) {
        node(a);
        node(b);
        if (overlay == null || !overlay.closeByHand(a, b)) {
            warn("close " + a + "-" + b + ": there is no discovered link between them, so the command is skipped");
            return false;
        }
        return true;
    }

    @Override
    public boolean setPrivate(NodeId id, boolean privateNode) {
        node(id);
        if (overlay == null) {
            warn("private " + id + ": public mode is off, every node keeps only its file links, so the command is"
                    + " skipped");
            return false;
        }
        if (!overlay.setPrivate(id, privateNode)) {
            warn("private " + id + ": it is " + (privateNode ? "private" : "public") + " already");
            return false;
        }
        return true;
    }

    // ---- commands --------------------------------------------------------------------------

    /**
     * Applies one command at the current virtual time. Returns false, with nothing changed and a
     * warning event saying why, when it does not apply now: {@code @master} while no node is
     * master, or a life command on a node in the wrong state (killing a node that is not running).
     *
     * A GDB write or delete the writer's role refuses returns false too, with a {@code gdb.refused} event.
     *
     * A GDB command on a simulation without GDB clusters is skipped with a warning.
     */
    public boolean apply(Command command) {
        return command.accept(applier);
    }

    private final CommandApplier applier = new CommandApplier(this);

    /** Starts a down node, or restarts a dispatched one (PROTOCOL.md §1); a running node is left alone, with a warning. */
    public boolean start(NodeId id) {
        if (!node(id).start()) {
            warn("start " + id + ": already running");
            return false;
        }
        return true;
    }

    /** Crashes a running node; peers find out by silence. */
    public boolean kill(NodeId id) {
        if (!node(id).kill()) {
            warn("kill " + id + ": not running");
            return false;
        }
        return true;
    }

    /** Stops a running node gracefully, with a goodbye. */
    public boolean quit(NodeId id) {
        if (!node(id).quit()) {
            warn("quit " + id + ": not running");
            return false;
        }
        return true;
    }

    /** A kill (if running) followed by a start: same id and port, empty tables, new birth. */
    public boolean restart(NodeId id) {
        node(id).restart();
        return true;
    }

    /** Replaces a node's tags; they travel in its next beacon. */
    @Override
    public void setTags(NodeId id, List<String> tags) {
        node(id).setTags(tags);
    }

    /** A narration line for the log and the timeline. */
    @Override
    public void note(String text) {
        events.onEvent(new SimEvent.Note(engine.now(), text));
    }

    // ---- network commands --------------------------------------------------------------------

    public void partition(List<List<NodeId>> groups) {
        network.partition(groups, "partition");
    }

    public List<List<NodeId>> nemesis(Nemesis pattern) {
        return network.nemesis(pattern);
    }

    public void heal() {
        network.heal();
    }

    @Override
    public boolean linkDown(NodeId a, NodeId b) {
        network.setLinkUp(a, b, false);
        return true;
    }

    @Override
    public boolean linkUp(NodeId a, NodeId b) {
        network.setLinkUp(a, b, true);
        return true;
    }

    @Override
    public boolean changeLink(NodeId a, NodeId b, LinkOverrides overrides) {
        LinkView current = network.linkBetween(a, b)
                .orElseThrow(() -> new IllegalArgumentException("no link " + a + "-" + b));
        network.setLink(a, b, current.settings().with(overrides));
        return true;
    }

    @Override
    public String name() {
        return "the simulation";
    }

    @Override
    public boolean gdbWrite(NodeId node, String group, String key, String value, Command command) {
        return gdbCommands.write(node, group, key, value, command);
    }

    @Override
    public boolean gdbDelete(NodeId node, String group, String key, Command command) {
        return gdbCommands.delete(node, group, key, command);
    }

    @Override
    public boolean setNetDown(String net, boolean down, Command command) {
        return gdbCommands.setNetDown(net, down, command);
    }

    @Override
    public String instant() {
        return " at " + SimTime.format(now());
    }

    public void setLink(NodeId a, NodeId b, LinkSettings settings) {
        network.setLink(a, b, settings);
    }

    // ---- time --------------------------------------------------------------------------------

    /** Runs {@code command} at the virtual instant {@code timeMicros} (a timed scenario event). */
    public Timer at(long timeMicros, Runnable command) {
        return engine.scheduleAt(timeMicros, command);
    }

    /** One timed step of a scenario: {@code run} at the virtual instant {@code at}. */
    public record ScriptStep(long at, Runnable run) {
    }

    /**
     * Room for the steps of any script: a script's steps take the first sequence numbers of this
     * block, in order, and what the run schedules later comes after all of them, as it would after
     * the steps of a longer script. Order is all a sequence number decides (STYLE.md §2).
     */
    private static final long SCRIPT_SEQUENCES = 1L << 40;
    private long scriptBase = -1;
    private final List<Timer> scriptTimers = new ArrayList<>();

    /**
     * Schedules a scenario's timed steps (node starts, then its events, in time order): each runs at
     * its instant before anything the run itself scheduled for that instant. Call once, when built.
     */
    public void scheduleScript(List<ScriptStep> steps) {
        if (scriptBase >= 0) {
            throw new IllegalStateException("the script is already scheduled");
        }
        if (steps.size() >= SCRIPT_SEQUENCES) {
            throw new IllegalArgumentException("too many steps: " + steps.size());
        }
        scriptBase = engine.reserveSequences(SCRIPT_SEQUENCES);
        schedule(steps, Long.MIN_VALUE);
    }

    /**
     * Makes this run follow another script from now on: the steps of the old one that have not run
     * are cancelled and those of {@code steps} after now are scheduled in their place, in the places
     * a run built from {@code steps} gives them. The new script must agree with the old one up to
     * now, every step at or before now included (a fork after now, or its undo); then this run goes
     * on exactly as one built from the new script would.
     */
    public void followScript(List<ScriptStep> steps) {
        if (scriptBase < 0) {
            throw new IllegalStateException("no script was scheduled");
        }
        scriptTimers.forEach(Timer::cancel);
        scriptTimers.clear();
        schedule(steps, engine.now());
    }

    /** Schedules the steps after {@code after}, each at its own place in the order. */
    private void schedule(List<ScriptStep> steps, long after) {
        for (int i = 0; i < steps.size(); i++) {
            ScriptStep step = steps.get(i);
            if (step.at() > after) {
                scriptTimers.add(engine.scheduleAt(step.at(), scriptBase + i, step.run()));
            }
        }
    }

    public boolean step() {
        return engine.step();
    }

    /** Runs until the virtual instant {@code timeMicros}; returns the number of steps run. */
    public long runUntil(long timeMicros) {
        return engine.runUntil(timeMicros);
    }

    public long runFor(long durationMicros) {
        return engine.runFor(durationMicros);
    }

    @Override
    public long now() {
        return engine.now();
    }

    /** How many events the run has run since time 0 (a copy counts those of its original). */
    public long eventsRun() {
        return engine.executedCount();
    }

    // ---- looking -----------------------------------------------------------------------------

    /** Called after every engine step (the {@code always} checks of a scenario run there). */
    public void addStepListener(Runnable listener) {
        engine.addStepListener(listener);
    }

    /** The engine, for the tests and benchmarks of this package. */
    Engine engine() {
        return engine;
    }

    /** The network, for the tests of this package. */
    SimNetwork network() {
        return network;
    }

    /** The event stream itself, for the helpers and tests of this package. */
    EventStream events() {
        return events;
    }

    /** Hears every event the cluster emits from now on, in order, on the simulation thread. */
    public void subscribe(SimListener listener) {
        events.subscribe(listener);
    }

    // ---- GDB (PROTOCOL.md §7) ----------------------------------------------------------------

    /** Whether this simulation runs GDB clusters. */
    public boolean hasGdb() {
        return gdb != null;
    }

    /** The GDB clusters, networks and their online state, for the tests of this package; null when the run has none. */
    GdbRealm gdbRealm() {
        return gdb;
    }

    @Override
    public Optional<String> gdbValue(NodeId id, String group, String key) {
        if (gdb == null) {
            return Optional.empty();
        }
        return node(id).gdb().read(group, key);
    }

    /**
     * Gives {@code node} the member role {@code role} ({@code NOBODY}, {@code GUEST}, {@code USER},
     * {@code ROOT}) in {@code cluster}, or removes it from the members when {@code role} is null;
     * it takes effect at once (PROTOCOL.md §7: members change while running).
     *
     * @throws IllegalArgumentException for an unknown cluster, node or role
     */
    public void setGdbMember(String cluster, NodeId node, String role) {
        if (gdbLayer == null) {
            throw new IllegalArgumentException("unknown GDB cluster " + cluster);
        }
        node(node);
        gdbLayer.setMember(cluster, node, role);
    }

    /** A picture of the GDB clusters, networks and every node's records now; null when the run has none. */
    public GdbPicture gdbPicture() {
        if (gdb == null) {
            return null;
        }
        Map<NodeId, List<GdbRecord>> records = new LinkedHashMap<>();
        for (ClusterNode node : nodes.values()) {
            records.put(node.id(), node.gdb().records());
        }
        return gdbLayer.picture(engine.now(), records);
    }

    @Override
    public List<GdbPicture.Row> gdbReplicas(NodeId id) {
        return gdb == null ? List.of() : gdbLayer.rows(node(id).gdb().records(), true);
    }

    @Override
    public boolean gdbHolds(NodeId id, String cluster) {
        return gdbLayer != null && gdbLayer.holds(id, cluster);
    }

    @Override
    public List<String> gdbClusters() {
        return gdbLayer == null ? List.of() : gdbLayer.clusterNames();
    }

    /** How many synced records the nodes have merged in all, for the {@code bench} figure; 0 without GDB. */
    public long gdbRecordsMerged() {
        long total = 0;
        if (gdb != null) {
            for (ClusterNode node : nodes.values()) {
                total += node.gdb().recordsMerged();
            }
        }
        return total;
    }

    /** The record versions {@code id} holds, deletions included; empty when the run has no GDB. */
    public List<GdbRecord> gdbRecords(NodeId id) {
        return gdb == null ? List.of() : node(id).gdb().records();
    }

    @Override
    public ProtocolConfig protocol() {
        return protocol;
    }

    @Override
    public List<NodeId> nodeIds() {
        if (ids == null) {
            ids = List.copyOf(nodes.keySet());
        }
        return ids;
    }

    /** The node itself, for the helpers and tests of this package; outside it, use the view. */
    ClusterNode node(NodeId id) {
        ClusterNode node = nodes.get(Objects.requireNonNull(id, "id"));
        if (node == null) {
            throw new IllegalArgumentException("unknown node " + id);
        }
        return node;
    }

    @Override
    public NodeState state(NodeId id) {
        return node(id).state();
    }

    @Override
    public NodeId master(NodeId id) {
        return node(id).master();
    }

    @Override
    public boolean isConnected(NodeId id, NodeId peer) {
        return node(id).peers().isConnected(peer);
    }

    @Override
    public NodeSnapshot snapshot(NodeId id) {
        return node(id).snapshot();
    }

    @Override
    public List<NodeSnapshot> snapshots() {
        List<NodeSnapshot> result = new ArrayList<>(nodes.size());
        for (ClusterNode node : nodes.values()) {
            result.add(node.snapshot());
        }
        return result;
    }

    @Override
    public List<LinkView> links() {
        return network.links();
    }

    @Override
    public List<List<NodeId>> components() {
        return network.components();
    }

    /** The partition groups in force, the implicit group included; empty when none is. */
    public List<List<NodeId>> partitionGroups() {
        return network.partitionGroups();
    }

    /**
     * The {@code @master} of SCENARIO_FORMAT.md: the running node in state master; if several
     * are, the one named by most running nodes, ties in scenario order; empty if none is.
     */
    @Override
    public Optional<NodeId> currentMaster() {
        NodeId best = null;
        int bestFollowers = -1;
        for (ClusterNode candidate : nodes.values()) {
            if (candidate.state() != NodeState.MASTER) {
                continue;
            }
            int followers = 0;
            for (ClusterNode node : nodes.values()) {
                if (node.isRunning() && candidate.id().equals(node.master())) {
                    followers++;
                }
            }
            if (followers > bestFollowers) {
                best = candidate.id();
                bestFollowers = followers;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- Bitcoin-style helpers (PROTOCOL.md §5) -------------------------------------------

    /**
     * Runs the simulation until {@code predicate} holds, for at most {@code timeoutMicros} of
     * virtual time. Fails with an {@link IllegalStateException} that names what was awaited and
     * the virtual time it gave up at.
     */
    public void waitUntil(BooleanSupplier predicate, String what, long timeoutMicros) {
        long start = engine.now();
        if (predicate.getAsBoolean()) {
            return;
        }
        engine.runUntil(start + timeoutMicros, predicate);
        if (!predicate.getAsBoolean()) {
            throw new IllegalStateException("timed out waiting for " + what + ": still false at "
                    + SimTime.format(engine.now()) + ", after waiting " + SimTime.format(timeoutMicros)
                    + " from " + SimTime.format(start));
        }
    }

    /** Whether {@code a} and {@code b} both run and see each other connected. */
    public boolean seeEachOther(NodeId a, NodeId b) {
        ClusterNode x = node(a);
        ClusterNode y = node(b);
        return x.isRunning() && y.isRunning() && x.peers().isConnected(b) && y.peers().isConnected(a);
    }

    /** Links {@code a} and {@code b} and waits until both ends see each other connected. */
    public void connectNodes(NodeId a, NodeId b) {
        link(a, b);
        waitUntil(() -> seeEachOther(a, b), a + " and " + b + " connected", settleTimeout());
    }

    /**
     * Removes the link between {@code a} and {@code b}. They may still reach each other through
     * other nodes, so nothing is awaited.
     */
    public void disconnectNodes(NodeId a, NodeId b) {
        network.unlink(a, b);
    }

    /** Starts the given nodes; with {@code waitConnections}, returns once every one sees each of its linked peers connected. */
    public void start(List<NodeId> ids, boolean waitConnections) {
        for (NodeId id : ids) {
            start(id);
        }
        if (waitConnections) {
            waitUntil(() -> linkedPeersConnected(ids), "connections of " + ids, settleTimeout());
        }
    }

    private boolean linkedPeersConnected(List<NodeId> ids) {
        for (LinkView link : network.links()) {
            if (ids.contains(link.a()) && ids.contains(link.b()) && !seeEachOther(link.a(), link.b())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The classic split of Bitcoin's functional tests: the first four nodes form a chain, and
     * the link between the second and the third goes down, leaving two halves of two.
     */
    public void splitNetwork() {
        List<NodeId> chain = chainOfFour();
        linkDown(chain.get(1), chain.get(2));
    }

    /** Brings the split link back up and waits until the running nodes of the chain see each other again. */
    public void joinNetwork() {
        List<NodeId> chain = chainOfFour();
        linkUp(chain.get(1), chain.get(2));
        waitUntil(() -> {
            for (NodeId a : chain) {
                for (NodeId b : chain) {
                    if (!a.equals(b) && node(a).isRunning() && node(b).isRunning() && !seeEachOther(a, b)) {
                        return false;
                    }
                }
            }
            return true;
        }, "the two halves of " + chain + " joined", settleTimeout());
    }

    private List<NodeId> chainOfFour() {
        List<NodeId> ids = nodeIds();
        if (ids.size() < 4) {
            throw new IllegalStateException("splitNetwork needs a chain of four nodes, the simulation has " + ids.size());
        }
        List<NodeId> chain = ids.subList(0, 4);
        for (int i = 0; i < 3; i++) {
            NodeId a = chain.get(i);
            NodeId b = chain.get(i + 1);
            boolean linked = network.links().stream().anyMatch(l -> (l.a().equals(a) && l.b().equals(b))
                    || (l.a().equals(b) && l.b().equals(a)));
            if (!linked) {
                throw new IllegalStateException("splitNetwork needs the first four nodes linked as a chain; "
                        + a + " and " + b + " are not linked");
            }
        }
        return chain;
    }

    /** How long the helpers wait: the time to lose a peer and hear from it again, with room to spare. */
    private long settleTimeout() {
        return SimTime.ms(protocol.ttlMs() + 10 * protocol.heartbeatMs());
    }

    @Override
    public void warn(String text) {
        if (events.hasListeners()) {
            events.onEvent(new SimEvent.Warning(engine.now(), text));
        }
    }
}
