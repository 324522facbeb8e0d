package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.real.HostId;
import org.clusterscope.net.real.LoopbackBus;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.net.real.NodeLoop;
import org.clusterscope.net.real.Protocol;
import org.clusterscope.net.real.RealTransport;
import org.clusterscope.net.real.WallClock;
import org.clusterscope.net.sim.Nemesis;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.node.NodePorts;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;

/**
 * The composition root of a cluster on real sockets: the same {@link ClusterNode}s as the
 * simulator, each on its own {@link NodeLoop} thread, with a {@link RealTransport}, the wall
 * clock and the same commands and {@link SimEvent}s as {@link Simulation} (times are wall-clock
 * microseconds since the Unix epoch). Nodes of other processes and Tcl members on the same group
 * are peers like any other.
 *
 * <p>Faults act at the sockets: a partition, a link taken down and Tezt's private mode (a node
 * takes packets only from the peers it is linked to, once any link is made) drop packets as they
 * arrive; kill closes a node's sockets without a word; quit says goodbye first. A link's latency,
 * jitter and loss are added to the real network's own by a delaying, dropping layer under each
 * receiver's transport ({@link LiveLinkShaping}), seeded, timed by the node's own scheduler.
 * A broadcast obeys {@code beaconHops} as in the simulator: a node refuses one whose sender is
 * more hops away than that. With {@link #configureGdb} the nodes run the GDB layer, their syncs
 * carried over the same sockets.
 *
 * <p>Thread-safe: every command runs on the node's own thread and returns once done. Listeners
 * get events one at a time, in the order they were published, on the thread that published
 * them (a node's thread, a socket thread, the caller's): they must be quick and must not wait
 * for a node (no commands or snapshots from inside a listener).
 */
public final class LiveCluster implements ClusterControl, AutoCloseable {

    /** What a link is on loopback unless set: no latency, jitter or loss added (the network's own are not known). */
    private static final LinkSettings LOOPBACK_LINK = new LinkSettings(0, 0, 0);

    /** How long a command waits for a node's thread before it gives up. */
    private static final long COMMAND_TIMEOUT_MS = 30_000;

    private final ProtocolConfig protocol;
    private final NetworkSettings network;
    private final WallClock clock = WallClock.system();
    private final EventStream events = new EventStream();
    private final Object publishing = new Object();
    private final LoopbackBus bus = new LoopbackBus();
    private final String hid;
    private final long seed;
    private final SplittableRandom nemesisRandom;
    private final LiveEvents transportEvents;
    /** The wall-clock instant this cluster was made: 0 in words (a GDB conflict's times). */
    private final long origin;
    /** The GDB clusters (PROTOCOL.md §7), or null when the nodes run none. */
    private volatile GdbLayer gdbLayer;
    private final GdbCommands gdbCommands = new GdbCommands(this, () -> gdbLayer, "this live cluster",
            (id, change) -> onNode(id, node -> change.test(node.gdb())));
    private final Map<NodeId, Member> members = new LinkedHashMap<>();
    private volatile LiveFabric fabric = LiveFabric.OPEN;
    private final LiveLinkShaping shaping = new LiveLinkShaping(LOOPBACK_LINK);
    /** The members running now, as their events say: only they relay (PROTOCOL.md §6). */
    private final java.util.Set<NodeId> runningMembers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** One node of the cluster: its thread, its sockets, its protocol code. */
    private record Member(NodeLoop loop, RealTransport transport, ClusterNode node) {
    }

    /**
     * @param seed drives the nodes' heartbeat jitter and probe-answer delays and the nemesis
     *             shuffles; real sockets add their own timing, so runs are not repeatable
     */
    public LiveCluster(ProtocolConfig protocol, NetworkSettings network, long seed) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.network = Objects.requireNonNull(network, "network");
        this.seed = seed;
        this.nemesisRandom = new SplittableRandom(seed ^ 0x6e656d65L);
        this.hid = HostId.local();
        this.transportEvents = new LiveEvents(clock, this::publish, protocol.beaconHops());
        this.origin = clock.nowMicros();
    }

    /** Default protocol, loopback broadcasts, seed 1: a cluster that lives inside this process. */
    public LiveCluster() {
        this(ProtocolConfig.defaults(), NetworkSettings.loopback(), 1);
    }

    // ---- building ----------------------------------------------------------------------------

    /**
     * Adds a node, down until started. Its TCP port is its spec's port when free; a busy port is
     * replaced by a free one (a warning says so), and the node's port is then that one. Returns
     * the node's spec as it runs.
     */
    public synchronized NodeSpec addNode(NodeSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (members.containsKey(spec.id())) {
            throw new IllegalArgumentException("node " + spec.id() + " already exists");
        }
        NodeId id = spec.id();
        NodeLoop loop = new NodeLoop("node-" + id.value(), crash -> publish(new SimEvent.Warning(clock.nowMicros(),
                id + " hit a bug and carries on: " + crash)));
        RealTransport transport = new RealTransport(id, hid, spec.port(), network, new BpacketFormat(hid), loop,
                transportEvents, network.broadcasts() == NetworkSettings.Broadcasts.LOOPBACK ? bus : null);
        NodeSpec running = transport.tcpPort() > 0 && transport.tcpPort() != spec.port()
                ? new NodeSpec(id, transport.tcpPort(), spec.tags(), spec.channels(), spec.birthOverrideMicros()) : spec;
        transport.gate((from, broadcast) -> fabric.admit(id, from, runningMembers, broadcast, protocol.beaconHops()));
        transport.reach(to -> fabric.reach(id, to, runningMembers));
        transport.shaper(shaping.shaperOf(id, from -> fabric.route(from, id, runningMembers), stream(id, "link")));
        EventStream nodeEvents = new EventStream();
        nodeEvents.subscribe(this::publish);
        NodePorts ports = new NodePorts(transport, clock, loop, nodeEvents, stream(id, "heartbeat"),
                stream(id, "answer"));
        members.put(id, new Member(loop, transport, new ClusterNode(running, protocol, ports)));
        fabric = fabric.withMembers(List.copyOf(members.keySet()));
        return running;
    }

    private SplittableRandom stream(NodeId id, String purpose) {
        return new SplittableRandom(seed * 31 + (id.value() + "." + purpose).hashCode());
    }

    // ---- commands ----------------------------------------------------------------------------

    /**
     * Applies one command now, as {@link Simulation#apply} does. Returns false, with nothing
     * changed and a warning event saying why, when it does not apply now ({@code @master} while
     * no node is master, a life command on a node in the wrong state, a GDB command without GDB
     * clusters); a GDB write or delete the writer's role refuses returns false with a
     * {@code gdb.refused} event, as in the simulation.
     */
    public boolean apply(Command command) {
        return command.accept(applier);
    }

    private final CommandApplier applier = new CommandApplier(this);

    /** Starts a down node, or restarts a dispatched one; a running node is left alone, with a warning. */
    public boolean start(NodeId id) {
        return life(id, ClusterNode::start, "start " + id + ": already running");
    }

    /** Crashes a running node: its sockets close without a goodbye; peers find out by silence. */
    public boolean kill(NodeId id) {
        return life(id, ClusterNode::kill, "kill " + id + ": not running");
    }

    /** Stops a running node gracefully: goodbye by multicast, then its sockets close. */
    public boolean quit(NodeId id) {
        return life(id, ClusterNode::quit, "quit " + id + ": not running");
    }

    /** A kill (if running) followed by a start: same id and port, empty tables, new birth. */
    public boolean restart(NodeId id) {
        return life(id, node -> {
            node.restart();
            return true;
        }, null);
    }

    private boolean life(NodeId id, Function<ClusterNode, Boolean> action, String otherwise) {
        boolean done = onNode(id, action);
        if (!done) {
            warn(otherwise);
        }
        return done;
    }

    /** Replaces a node's tags; they travel in its next beacon. */
    public void setTags(NodeId id, List<String> tags) {
        onNode(id, node -> {
            node.setTags(tags);
            return true;
        });
    }

    /** A narration line for the log. */
    public void note(String text) {
        publish(new SimEvent.Note(clock.nowMicros(), text));
    }

    /**
     * Runs {@code action} on the node's own thread, where its code may be called, and returns its
     * result: hooks, queries, services.
     */
    public <T> T onNode(NodeId id, Function<ClusterNode, T> action) {
        Member member = member(id);
        return member.loop().call(() -> action.apply(member.node()), COMMAND_TIMEOUT_MS);
    }

    // ---- network commands (socket-level drops) -------------------------------------------------

    /** Splits the members into these groups plus one of everyone not named; packets between groups are dropped on arrival. */
    public synchronized void partition(List<List<NodeId>> groups) {
        groups.forEach(group -> group.forEach(this::member));
        fabric = fabric.withPartition(groups);
        publish(new SimEvent.PartitionChanged(clock.nowMicros(), "partition", fabric.groups()));
    }

    /** A named pattern over the running members (PROTOCOL.md §6); returns the groups it made. */
    public synchronized List<List<NodeId>> nemesis(Nemesis pattern) {
        List<NodeId> running = new ArrayList<>();
        for (NodeId id : members.keySet()) {
            if (snapshot(id).isRunning()) {
                running.add(id);
            }
        }
        fabric = fabric.withPartition(pattern.groups(running, nemesisRandom));
        List<List<NodeId>> groups = fabric.groups();
        publish(new SimEvent.PartitionChanged(clock.nowMicros(), pattern.name(), groups));
        return groups;
    }

    /** Lifts the partition and brings every link back up. */
    public synchronized void heal() {
        fabric = fabric.healed();
        publish(new SimEvent.PartitionChanged(clock.nowMicros(), "heal", List.of()));
    }

    /**
     * Links two members. The first link puts the cluster in private mode: from then on a node
     * takes packets only from the peers it is linked to (Tezt's {@code --private-mode}).
     */
    public synchronized void link(NodeId a, NodeId b) {
        member(a);
        member(b);
        requireDistinct(a, b);
        fabric = fabric.withLink(a, b, true);
        linkChanged(a, b, true, "link");
    }

    /**
     * Links two members with this latency, jitter and loss (null: the defaults), applied by a
     * delaying, dropping layer as packets arrive ({@link org.clusterscope.net.real.PacketShaper}).
     */
    public synchronized void link(NodeId a, NodeId b, LinkSettings settings) {
        link(a, b);
        shaping.set(a, b, settings);
    }

    /** The latency, jitter and loss of every pair without settings of its own (none: loopback as it is). */
    public void setDefaultLink(LinkSettings settings) {
        shaping.setDefaults(Objects.requireNonNull(settings, "settings"));
    }

    /** Removes a link: the two no longer take each other's packets. */
    public synchronized void unlink(NodeId a, NodeId b) {
        if (!fabric.hasLink(a, b)) {
            throw new IllegalArgumentException("no link " + a + "-" + b);
        }
        fabric = fabric.withoutLink(a, b);
        linkChanged(a, b, false, "unlinked");
    }

    /**
     * Takes the link between two members down: they drop each other's packets. Without links
     * (no private mode) every pair of members is linked, as on a LAN, and this cuts that pair.
     */
    /**
     * Changes a link's latency, jitter or loss: added to what the real network does by the
     * delaying, dropping layer under each receiver's transport.
     */
    @Override
    public synchronized boolean changeLink(NodeId a, NodeId b, LinkOverrides overrides) {
        member(a);
        member(b);
        requireDistinct(a, b);
        if (fabric.privateMode() && !fabric.hasLink(a, b)) {
            warn(new Command.SetLink(a, b, overrides).describe() + ": no link " + a + "-" + b);
            return false;
        }
        LinkSettings next = shaping.of(a, b).with(overrides);
        shaping.set(a, b, next);
        boolean up = fabric.pairUp(a, b);
        publish(new SimEvent.LinkChanged(clock.nowMicros(), a, b, up, next.latencyMs(), next.jitterMs(), next.loss(),
                "settings"));
        return true;
    }

    /** Public mode is simulated only (PROTOCOL.md §8): refused, with a warning. */
    @Override
    public boolean closeDiscoveredLink(NodeId a, NodeId b) {
        warn(new Command.CloseLink(a, b).describe() + ": refused, a live cluster runs in private mode only");
        return false;
    }

    /** Public mode is simulated only (PROTOCOL.md §8): refused, with a warning. */
    @Override
    public boolean setPrivate(NodeId id, boolean privateNode) {
        warn(new Command.SetPrivate(id, privateNode).describe() + ": refused, a live cluster runs in private mode"
                + " only");
        return false;
    }

    @Override
    public String name() {
        return "a live cluster";
    }

    @Override
    public String instant() {
        return "";
    }

    // ---- GDB (PROTOCOL.md §7) -------------------------------------------------------------------

    /**
     * Gives every node a global database with these networks (name → nodes) and clusters, laid out
     * as {@link Simulation#configureGdb} lays them out: one realm shared by the nodes of this
     * process, each node's records and syncs on its own thread, the syncs carried between nodes
     * over the real transport (WIRE.md "GDB sync"). Call once, after every node is added.
     */
    public void configureGdb(Map<String, List<NodeId>> nets, List<org.clusterscope.gdb.GdbCluster> clusters) {
        GdbLayer layer;
        List<NodeId> ids;
        synchronized (this) {
            if (gdbLayer != null) {
                throw new IllegalStateException("the GDB is already configured");
            }
            EventStream gdbEvents = new EventStream();
            gdbEvents.subscribe(this::publish);
            layer = new GdbLayer(clock, gdbEvents, origin, nets, clusters);
            gdbLayer = layer;
            ids = List.copyOf(members.keySet());
        }
        for (NodeId id : ids) {
            onNode(id, node -> node.attachGdb(layer.realm())); // in scenario order: later writers win ties
        }
    }

    /** Whether the nodes run GDB clusters. */
    public boolean hasGdb() {
        return gdbLayer != null;
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

    /** Gives {@code node} the member role {@code role} in {@code cluster}, or none when null; at once. */
    public void setGdbMember(String cluster, NodeId node, String role) {
        member(node);
        if (gdbLayer == null) {
            throw new IllegalArgumentException("unknown GDB cluster " + cluster);
        }
        gdbLayer.setMember(cluster, node, role);
    }

    /** A picture of the GDB clusters and every node's records now, each read on its node's thread; null without GDB. */
    public GdbPicture gdbPicture() {
        GdbLayer layer = gdbLayer;
        if (layer == null) {
            return null;
        }
        Map<NodeId, List<org.clusterscope.gdb.GdbRecord>> records = new LinkedHashMap<>();
        for (NodeId id : nodeIds()) {
            records.put(id, onNode(id, node -> node.gdb().records()));
        }
        return layer.picture(clock.nowMicros(), records);
    }

    @Override
    public Optional<String> gdbValue(NodeId id, String group, String key) {
        return gdbLayer == null ? Optional.empty() : onNode(id, node -> node.gdb().read(group, key));
    }

    @Override
    public List<GdbPicture.Row> gdbReplicas(NodeId id) {
        GdbLayer layer = gdbLayer;
        return layer == null ? List.of() : layer.rows(onNode(id, node -> node.gdb().records()), true);
    }

    @Override
    public boolean gdbHolds(NodeId id, String cluster) {
        GdbLayer layer = gdbLayer;
        return layer != null && layer.holds(id, cluster);
    }

    @Override
    public List<String> gdbClusters() {
        GdbLayer layer = gdbLayer;
        return layer == null ? List.of() : layer.clusterNames();
    }

    @Override
    public synchronized boolean linkDown(NodeId a, NodeId b) {
        return setLinkUp(a, b, false);
    }

    /** Brings the link between two members back up. */
    public synchronized boolean linkUp(NodeId a, NodeId b) {
        return setLinkUp(a, b, true);
    }

    private boolean setLinkUp(NodeId a, NodeId b, boolean up) {
        member(a);
        member(b);
        requireDistinct(a, b);
        if (fabric.privateMode() && !fabric.hasLink(a, b)) {
            throw new IllegalArgumentException("no link " + a + "-" + b);
        }
        if (fabric.pairUp(a, b) == up) {
            return true;
        }
        fabric = fabric.privateMode() ? fabric.withLink(a, b, up) : fabric.withCut(a, b, !up);
        linkChanged(a, b, up, up ? "link up" : "link down");
        return true;
    }

    private void linkChanged(NodeId a, NodeId b, boolean up, String reason) {
        LinkSettings settings = shaping.of(a, b);
        publish(new SimEvent.LinkChanged(clock.nowMicros(), a, b, up, settings.latencyMs(), settings.jitterMs(),
                settings.loss(), reason));
    }

    private static void requireDistinct(NodeId a, NodeId b) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a link joins two different nodes, not " + a + " to itself");
        }
    }

    /**
     * Breaks TCP or the Unix socket on {@code node}: it stops listening, drops its connections
     * and opens none; its peers' attempts fail and they fall back to the next protocol it
     * announced (BPACKET.md "Transports").
     */
    public void block(NodeId node, Protocol protocol) {
        member(node).transport().block(protocol);
    }

    public void unblock(NodeId node, Protocol protocol) {
        member(node).transport().unblock(protocol);
    }

    // ---- looking -----------------------------------------------------------------------------

    /** Subscribes a listener; it gets events one at a time, never concurrently, and must not wait for a node. */
    public void subscribe(SimListener listener) {
        synchronized (publishing) {
            events.subscribe(listener);
        }
    }

    public void unsubscribe(SimListener listener) {
        synchronized (publishing) {
            events.unsubscribe(listener);
        }
    }

    /** The wall-clock microsecond this cluster was made: a window counts its time from here. */
    public long origin() {
        return origin;
    }

    /** Wall-clock microseconds since the Unix epoch, the time of every event. */
    @Override
    public long now() {
        return clock.nowMicros();
    }

    @Override
    public ProtocolConfig protocol() {
        return protocol;
    }

    public NetworkSettings network() {
        return network;
    }

    /** This host's id, as every member announces it. */
    public String hostId() {
        return hid;
    }

    @Override
    public synchronized List<NodeId> nodeIds() {
        return List.copyOf(members.keySet());
    }

    @Override
    public NodeState state(NodeId id) {
        return onNode(id, ClusterNode::state);
    }

    @Override
    public NodeId master(NodeId id) {
        return onNode(id, ClusterNode::master);
    }

    @Override
    public boolean isConnected(NodeId id, NodeId peer) {
        return onNode(id, node -> node.isRunning() && node.peers().isConnected(peer));
    }

    /** The node's picture now, taken on its own thread. */
    @Override
    public NodeSnapshot snapshot(NodeId id) {
        return onNode(id, ClusterNode::snapshot);
    }

    @Override
    public List<NodeSnapshot> snapshots() {
        List<NodeSnapshot> result = new ArrayList<>();
        for (NodeId id : nodeIds()) {
            result.add(snapshot(id));
        }
        return result;
    }

    /** The running member in state master named by most running members (ties in order of addition); empty if none. */
    @Override
    public Optional<NodeId> currentMaster() {
        List<NodeSnapshot> all = snapshots();
        NodeId best = null;
        int bestFollowers = -1;
        for (NodeSnapshot candidate : all) {
            if (candidate.state() != NodeState.MASTER) {
                continue;
            }
            int followers = 0;
            for (NodeSnapshot node : all) {
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

    /**
     * The master every running member names, when they all name the same running member in state
     * master; empty otherwise (while they disagree, or nobody runs).
     */
    public Optional<NodeId> agreedMaster() {
        List<NodeSnapshot> all = snapshots();
        NodeId agreed = null;
        for (NodeSnapshot node : all) {
            if (!node.isRunning()) {
                continue;
            }
            if (node.master() == null || (agreed != null && !agreed.equals(node.master()))) {
                return Optional.empty();
            }
            agreed = node.master();
        }
        NodeId master = agreed;
        boolean masterRuns = master != null && all.stream().anyMatch(s -> s.id().equals(master)
                && s.state() == NodeState.MASTER);
        return masterRuns ? Optional.of(master) : Optional.empty();
    }

    /**
     * The links of private mode, or without it every pair of members (a LAN), with the link
     * settings of loopback; {@code up} is false for a link taken down, {@code cut} true across a
     * partition.
     */
    @Override
    public synchronized List<LinkView> links() {
        LiveFabric now = fabric;
        List<LinkView> result = new ArrayList<>();
        if (now.privateMode()) {
            for (NodeId[] ends : now.links()) {
                result.add(view(now, ends[0], ends[1]));
            }
            return result;
        }
        List<NodeId> ids = List.copyOf(members.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                result.add(view(now, ids.get(i), ids.get(j)));
            }
        }
        return result;
    }

    private LinkView view(LiveFabric fabric, NodeId a, NodeId b) {
        return new LinkView(a, b, shaping.of(a, b), fabric.pairUp(a, b), !fabric.together(a, b));
    }

    /** The groups of running members that can reach each other over live links now, in order of addition. */
    @Override
    public List<List<NodeId>> components() {
        List<NodeId> running = new ArrayList<>();
        for (NodeSnapshot snapshot : snapshots()) {
            if (snapshot.isRunning()) {
                running.add(snapshot.id());
            }
        }
        Map<NodeId, NodeId> root = new LinkedHashMap<>();
        running.forEach(id -> root.put(id, id));
        for (LinkView link : links()) {
            if (link.live() && root.containsKey(link.a()) && root.containsKey(link.b())) {
                NodeId ra = find(root, link.a());
                NodeId rb = find(root, link.b());
                if (!ra.equals(rb)) {
                    root.put(rb, ra);
                }
            }
        }
        Map<NodeId, List<NodeId>> groups = new LinkedHashMap<>();
        for (NodeId id : running) {
            groups.computeIfAbsent(find(root, id), r -> new ArrayList<>()).add(id);
        }
        return groups.values().stream().map(List::copyOf).toList();
    }

    private static NodeId find(Map<NodeId, NodeId> root, NodeId id) {
        NodeId at = id;
        while (!root.get(at).equals(at)) {
            at = root.get(at);
        }
        return at;
    }

    /** Whether {@code a} and {@code b} both run and list each other as connected. */
    public boolean seeEachOther(NodeId a, NodeId b) {
        return isConnected(a, b) && isConnected(b, a);
    }

    /** The node's transport: ports, protocol counters, contacts. */
    public RealTransport transport(NodeId id) {
        return member(id).transport();
    }

    /** Packets dropped as unreadable by any member since the cluster was made. */
    public long malformedPackets() {
        return transportEvents.malformed();
    }

    /**
     * Polls {@code predicate} until it holds, for at most {@code timeoutMillis} of wall time;
     * fails with an {@link IllegalStateException} naming what was awaited. A safety net for tests
     * and tools, not a measure: the wait ends as soon as the predicate holds.
     */
    public void waitUntil(BooleanSupplier predicate, String what, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!predicate.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what + " after " + timeoutMillis + " ms");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what);
            }
        }
    }

    /** Kills every running member (no goodbyes) and ends their threads. */
    @Override
    public void close() {
        List<Member> all;
        synchronized (this) {
            all = List.copyOf(members.values());
        }
        for (Member member : all) {
            try {
                member.loop().call(member.node()::kill, COMMAND_TIMEOUT_MS);
            } catch (IllegalStateException e) {
                member.transport().close(); // the node's thread is stuck or gone: close its sockets anyway
            }
            member.loop().close();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private synchronized Member member(NodeId id) {
        Member member = members.get(Objects.requireNonNull(id, "id"));
        if (member == null) {
            throw new IllegalArgumentException("unknown node " + id);
        }
        return member;
    }

    private void publish(SimEvent event) {
        if (event instanceof SimEvent.NodeStarted started) {
            runningMembers.add(started.node());
        } else if (event instanceof SimEvent.NodeStopped stopped) {
            runningMembers.remove(stopped.node());
        }
        synchronized (publishing) {
            events.onEvent(event);
        }
    }

    @Override
    public void warn(String text) {
        publish(new SimEvent.Warning(clock.nowMicros(), text));
    }
}
