package org.clusterscope.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent.StopKind;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gdb.GdbNode;
import org.clusterscope.gdb.GdbRealm;
import org.clusterscope.gdb.GdbSync;
import org.clusterscope.protocol.LocalNode;
import org.clusterscope.protocol.MessageRouter;
import org.clusterscope.protocol.NodeContext;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.discovery.BeaconHandler;
import org.clusterscope.protocol.discovery.Discovery;
import org.clusterscope.protocol.discovery.GoodbyeHandler;
import org.clusterscope.protocol.discovery.Peer;
import org.clusterscope.protocol.discovery.PeerDirectory;
import org.clusterscope.protocol.discovery.PeerTable;
import org.clusterscope.protocol.discovery.PingHandler;
import org.clusterscope.protocol.discovery.ProbeHandler;
import org.clusterscope.protocol.discovery.VoteHandler;
import org.clusterscope.protocol.election.CountResult;
import org.clusterscope.protocol.election.Election;
import org.clusterscope.protocol.election.ElectionHost;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Data;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.Ping;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.protocol.message.Query;
import org.clusterscope.protocol.message.Reply;
import org.clusterscope.protocol.message.Vote;
import org.clusterscope.protocol.service.DataHandler;
import org.clusterscope.protocol.service.QueryHandler;
import org.clusterscope.protocol.service.ReplyHandler;
import org.clusterscope.protocol.service.Services;

/**
 * One cluster node: discovery (PROTOCOL.md §2), an election behind the {@link Election}
 * interface (§3) and the services (§4), composed over the ports it is handed. It knows nothing
 * of the network that carries it, nor of the engine that drives its timers.
 *
 * <p>Life cycle (§1): {@link #start()} (also a restart of a down or dispatched node: same id and
 * port, empty tables, new birth), {@link #kill()} (a crash: silence), {@link #quit()} (goodbye,
 * then gone). The election may dispatch the node itself, which is a quit with a reason.
 */
public final class ClusterNode {

    private final NodeSpec spec;
    private final ProtocolConfig config;
    private final NodePorts ports;
    private final LocalNode self;
    private final NodeContext ctx;
    private final PeerTable table;
    private final Discovery discovery;
    private final Election election;
    private final Services services;
    private final RoleHooks roleHooks = new RoleHooks();
    private final MessageRouter router = new MessageRouter();
    /** The node's global database (PROTOCOL.md §7), or null when the run has no GDB clusters. */
    private GdbNode gdb;

    /** A node whose peer table shares nothing with another's: for a node on a thread of its own. */
    public ClusterNode(NodeSpec spec, ProtocolConfig config, NodePorts ports) {
        this(spec, config, ports, new PeerDirectory());
    }

    /**
     * A node whose peer table files its rows in {@code peers} too, a directory shared by the nodes
     * run on one thread (a simulation), where a flood's receivers find their sender's rows together.
     */
    public ClusterNode(NodeSpec spec, ProtocolConfig config, NodePorts ports, PeerDirectory peers) {
        this.table = new PeerTable(peers);
        this.spec = Objects.requireNonNull(spec, "spec");
        this.config = Objects.requireNonNull(config, "config");
        this.ports = Objects.requireNonNull(ports, "ports");
        if (!ports.transport().self().equals(spec.id())) {
            throw new IllegalArgumentException("transport of " + ports.transport().self() + " handed to " + spec.id());
        }
        this.self = new LocalNode(spec.id(), spec.port(), spec.tags(), spec.channels(), spec.birthOverrideMicros());
        this.ctx = new NodeContext(self, config, ports.transport(), ports.clock(), ports.scheduler(),
                ports.events(), ports.heartbeatRandom(), ports.answerRandom());
        MembershipFanout fanout = new MembershipFanout(self);
        this.election = Elections.create(config, ctx, table, new Host());
        this.discovery = new Discovery(ctx, table, fanout, election::vote);
        this.services = new Services(ctx, table, discovery);
        fanout.connect(services, election);
        router.on(Beacon.class, new BeaconHandler(discovery))
                .on(Probe.class, new ProbeHandler(discovery))
                .on(Vote.class, new VoteHandler(discovery))
                .on(Goodbye.class, new GoodbyeHandler(discovery))
                .on(Ping.class, new PingHandler(discovery))
                .on(Data.class, new DataHandler(services))
                .on(Query.class, new QueryHandler(services))
                .on(Reply.class, new ReplyHandler(services));
    }

    public NodeId id() {
        return self.id();
    }

    public int port() {
        return self.port();
    }

    public NodeSpec spec() {
        return spec;
    }

    public ProtocolConfig config() {
        return config;
    }

    public NodeState state() {
        return self.state();
    }

    public boolean isRunning() {
        return self.isRunning();
    }

    /** The master this node names, or null. */
    public NodeId master() {
        return self.master();
    }

    public long birth() {
        return self.birth();
    }

    public List<String> tags() {
        return self.tags();
    }

    public Services services() {
        return services;
    }

    public Election election() {
        return election;
    }

    /**
     * Gives this node a global database in {@code realm} (PROTOCOL.md §7): it syncs while the node
     * runs and keeps its records across kills and restarts. Call once, before the node starts.
     */
    public GdbNode attachGdb(GdbRealm realm) {
        if (gdb != null) {
            throw new IllegalStateException(self.id() + " already has a GDB");
        }
        gdb = new GdbNode(self.id(), realm, ports.transport(), ports.clock(), ports.scheduler());
        router.on(GdbSync.class, gdb::receive);
        if (self.isRunning()) {
            gdb.start();
        }
        return gdb;
    }

    /** The node's global database, or null when it has none. */
    public GdbNode gdb() {
        return gdb;
    }

    /** Read-only use: the peer table as this node sees it. */
    public PeerTable peers() {
        return table;
    }

    // ---- life cycle (§1) ---------------------------------------------------------------------

    /**
     * Starts the node, or restarts a down or dispatched one: new birth (the scenario's override
     * on the first start only), empty tables, a probe, and the discovery window. Returns false
     * (and does nothing) if it is already running.
     */
    public boolean start() {
        if (self.isRunning()) {
            return false;
        }
        NodeState before = self.state();
        long now = ctx.now();
        self.begin(now);
        self.setState(NodeState.JOINING);
        ports.transport().open(router);
        ctx.emit(() -> new SimEvent.NodeStarted(now, self.id(), self.port(), self.birth()));
        ctx.emit(() -> new SimEvent.StateChanged(now, self.id(), before, NodeState.JOINING, null,
                self.id() + (before == NodeState.DOWN ? " started" : " restarted") + ", discovering"));
        election.start();
        discovery.start();
        if (gdb != null) {
            gdb.start();
        }
        return true;
    }

    /** A crash: no goodbye; peers find out by silence (§1). Returns false if the node was not running. */
    public boolean kill() {
        return stop(NodeState.DOWN, StopKind.KILLED, self.id() + " killed", false);
    }

    /** Graceful: goodbye to every reachable peer, then stop (§1). Returns false if the node was not running. */
    public boolean quit() {
        return stop(NodeState.DISPATCHED, StopKind.QUIT, self.id() + " quit", true);
    }

    /** A kill (if running) followed by a start (§1). */
    public void restart() {
        kill();
        start();
    }

    private boolean stop(NodeState to, StopKind kind, String reason, boolean goodbye) {
        if (!self.isRunning()) {
            return false;
        }
        NodeState before = self.state();
        if (goodbye) {
            discovery.sayGoodbye(kind == StopKind.QUIT ? "quit" : reason);
        }
        ports.transport().close();
        self.end(to);
        services.stop();
        if (gdb != null) {
            gdb.stop();
        }
        long now = ctx.now();
        ctx.emit(() -> new SimEvent.StateChanged(now, self.id(), before, to, null, reason));
        ctx.emit(() -> new SimEvent.NodeStopped(now, self.id(), kind, reason));
        return true;
    }

    // ---- tags and role hooks ----------------------------------------------------------------

    /** Replaces the node's tags; they travel in its next beacon (§4). */
    public void setTags(List<String> tags) {
        self.setTags(tags);
        ctx.emit(() -> new SimEvent.TagsChanged(ctx.now(), self.id(), self.tags()));
    }

    /** Applies a tag operation (see {@link org.clusterscope.protocol.service.TagOps}). */
    public void updateTags(UnaryOperator<List<String>> operation) {
        setTags(operation.apply(self.tags()));
    }

    /** Runs {@code action} each time this node becomes master (§3 rule 6). */
    public void onBecomeMaster(Consumer<ClusterNode> action) {
        roleHooks.addOnMaster(action);
    }

    /** Runs {@code action} each time this node becomes a slave (§3 rule 6). */
    public void onBecomeSlave(Consumer<ClusterNode> action) {
        roleHooks.addOnSlave(action);
    }

    // ---- snapshot ----------------------------------------------------------------------------

    /** An immutable picture of this node now. */
    public NodeSnapshot snapshot() {
        boolean running = self.isRunning();
        List<NodeId> connected = new ArrayList<>();
        List<NodeId> lost = new ArrayList<>();
        List<NodeId> dispatched = new ArrayList<>();
        Map<NodeId, NodeId> votes = new LinkedHashMap<>();
        if (running) {
            List<Peer> rows = new ArrayList<>(table.all());
            rows.sort((a, b) -> a.id().compareTo(b.id()));
            for (Peer peer : rows) {
                switch (peer.status()) {
                    case CONNECTED -> connected.add(peer.id());
                    case LOST -> lost.add(peer.id());
                    case DISPATCHED -> dispatched.add(peer.id());
                }
                if (peer.isConnected() && peer.vote() != null) {
                    votes.put(peer.id(), peer.vote());
                }
            }
        }
        CountResult count = running ? election.lastCount() : null;
        return new NodeSnapshot(self.id(), self.port(), self.state(), self.birth(), self.master(),
                running ? election.vote() : null, self.tags(), connected, lost, dispatched, votes,
                count == null ? 0 : count.n(), count == null ? 0 : count.votes());
    }

    @Override
    public String toString() {
        return self.id() + "(" + self.state() + ")";
    }

    /** The node's side of its election. */
    private final class Host implements ElectionHost {

        @Override
        public void voteChanged(NodeId vote) {
            if (self.isRunning()) {
                discovery.sendVote();
            }
        }

        @Override
        public void roleChanged(NodeState state, NodeId master, String reason) {
            NodeState before = self.state();
            self.setState(state);
            self.setMaster(master);
            ctx.emit(() -> new SimEvent.StateChanged(ctx.now(), self.id(), before, state, master, reason));
            if (state != before) {
                if (state == NodeState.MASTER) {
                    roleHooks.becameMaster(ClusterNode.this);
                } else if (state == NodeState.SLAVE) {
                    roleHooks.becameSlave(ClusterNode.this);
                }
            }
        }

        @Override
        public void dispatchSelf(String reason) {
            stop(NodeState.DISPATCHED, StopKind.DISPATCHED, self.id() + " dispatched: " + reason, true);
        }
    }
}
