package org.clusterscope.runtime;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimListener;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.net.real.RealTransport;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.discovery.Peer;
import org.clusterscope.protocol.service.QueryListener;
import org.clusterscope.protocol.service.Resolver;

/**
 * One node on the real network, as the {@code node} command runs it: a {@link LiveCluster} of
 * one member whose broadcasts go by multicast, so that its peers are other processes and Tcl
 * members. It offers what a terminal needs (start, quit, restart, tags, the peer list, queries
 * asked and answered, role hooks) in plain values, and keeps the node's own classes inside
 * {@code runtime}.
 */
public final class StandaloneNode implements AutoCloseable {

    /** How a peer looks from this node: its status, tags and vote. */
    public record PeerView(NodeId id, PeerStatus status, List<String> tags, NodeId vote) {
    }

    private final LiveCluster cluster;
    private final NodeId id;
    private final InetSocketAddress group;
    private final int remote;

    /**
     * Makes the node, down until {@link #start()}. {@code listener} hears every event from the
     * first one (a busy port replaced by a free one is a warning at creation).
     */
    public StandaloneNode(String name, int port, List<String> tags, ProtocolConfig protocol, InetSocketAddress group,
            int remote, SimListener listener) {
        this.group = Objects.requireNonNull(group, "group");
        this.remote = remote;
        NetworkSettings network = settings(group, remote);
        this.cluster = new LiveCluster(protocol, network, System.nanoTime());
        cluster.subscribe(listener);
        this.id = cluster.addNode(new NodeSpec(NodeId.of(name), port, tags, List.of(), null)).id();
    }

    private static NetworkSettings settings(InetSocketAddress group, int remote) {
        return NetworkSettings.defaults().withGroup(group).withRemote(remote);
    }

    /** Reads {@code ADDRESS:PORT} of a multicast group; throws with a one-line reason otherwise. */
    public static InetSocketAddress parseGroup(String text) {
        return NetworkSettings.parseGroup(text);
    }

    /** Null when a node can read the group with these settings, else why not, in one line. */
    public static String multicastProblem(InetSocketAddress group, int remote) {
        return RealTransport.checkMulticast(settings(group, remote));
    }

    public NodeId id() {
        return id;
    }

    public long now() {
        return cluster.now();
    }

    public String hostId() {
        return cluster.hostId();
    }

    /** Where the node listens, e.g. {@code tcp 127.0.0.1:8081, unix /tmp/…/n1.sock, multicast 230.230.230.230:23000 (ttl 0: this host only)}. */
    public String listening() {
        RealTransport transport = cluster.transport(id);
        List<String> parts = new ArrayList<>();
        if (transport.tcpPort() > 0) {
            parts.add("tcp " + cluster.network().bindAddress().getHostAddress() + ":" + transport.tcpPort());
        }
        if (transport.unixPath() != null) {
            parts.add("unix " + transport.unixPath());
        }
        parts.add("multicast " + group.getAddress().getHostAddress() + ":" + group.getPort()
                + (remote == 0 ? " (ttl 0: this host only)" : " (ttl " + remote + ")"));
        ProtocolConfig protocol = cluster.protocol();
        return String.join(", ", parts) + "; election " + protocol.election() + " by " + protocol.strategy().jsonName()
                + ", heartbeat " + SimTime.format(protocol.heartbeatMicros()) + ", ttl "
                + SimTime.format(protocol.ttlMicros()) + ", host id " + cluster.hostId();
    }

    public void start() {
        cluster.start(id);
    }

    /** Goodbye to the peers, then the sockets close. */
    public void quit() {
        cluster.quit(id);
    }

    /** A new life: empty tables, a new birth, as after a crash. */
    public void restart() {
        cluster.restart(id);
    }

    public void setTags(List<String> tags) {
        cluster.setTags(id, tags);
    }

    /** The peers this node knows, sorted by id. */
    public List<PeerView> peers() {
        return cluster.onNode(id, node -> {
            List<Peer> rows = new ArrayList<>(node.peers().all());
            rows.sort((a, b) -> a.id().compareTo(b.id()));
            List<PeerView> views = new ArrayList<>();
            for (Peer peer : rows) {
                views.add(new PeerView(peer.id(), peer.status(),
                        peer.tags() == null ? List.of() : peer.tags(), peer.vote()));
            }
            return views;
        });
    }

    public NodeState state() {
        return cluster.state(id);
    }

    /** The master this node names, or null. */
    public NodeId master() {
        return cluster.master(id);
    }

    /**
     * Asks {@code question} of the connected peers whose tags hold all of {@code tags} (every
     * connected peer when empty); {@code answers} gets each answer as it comes.
     */
    public void ask(List<String> tags, String question, long timeoutMicros, BiConsumer<NodeId, String> answers) {
        Resolver resolver = tags.isEmpty() ? Resolver.any() : Resolver.parse(tags);
        cluster.onNode(id, node -> node.services().query(resolver, question, timeoutMicros, new QueryListener() {
            @Override
            public void response(NodeId peer, String result) {
                answers.accept(peer, result);
            }
        }));
    }

    /**
     * Answers every query with the node's name, state, master, port and tags
     * ({@code n1 master master=n1 port=8081 tags=a,b}); {@code asked} is told who asked what.
     */
    public void answerWithStatus(BiConsumer<NodeId, String> asked) {
        cluster.onNode(id, node -> {
            node.services().hooks().onQuery(call -> {
                asked.accept(call.peer(), call.payload());
                return node.id() + " " + node.state().jsonName() + (node.master() == null ? "" : " master=" + node.master())
                        + " port=" + node.port() + " tags=" + String.join(",", node.tags());
            });
            return null;
        });
    }

    /**
     * Runs {@code action} on the node's thread each time it becomes master or slave
     * (PROTOCOL.md §3 rule 6), with the new state and the master it names. It must not block.
     */
    public void onRoleChange(BiConsumer<NodeState, NodeId> action) {
        cluster.onNode(id, node -> {
            node.onBecomeMaster(n -> action.accept(NodeState.MASTER, n.master()));
            node.onBecomeSlave(n -> action.accept(NodeState.SLAVE, n.master()));
            return null;
        });
    }

    /** Kills the node if it still runs (no goodbye) and ends its threads. */
    @Override
    public void close() {
        cluster.close();
    }
}
