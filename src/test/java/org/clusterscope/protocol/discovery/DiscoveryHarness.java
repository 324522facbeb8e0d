package org.clusterscope.protocol.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.EventStream;
import org.clusterscope.net.Cancellable;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;
import org.clusterscope.net.Transport;
import org.clusterscope.protocol.LocalNode;
import org.clusterscope.protocol.NodeContext;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.protocol.message.Ping;
import org.clusterscope.protocol.message.Probe;

/**
 * One node's {@link Discovery} on a hand-driven clock: the test plays the peers by handing it
 * their messages, moves time on, and reads what the node broadcast and what it told its
 * {@link MembershipListener}. Heartbeat 1 s, time to live 3.5 s, 16 hops (the defaults of
 * PROTOCOL.md §2).
 */
final class DiscoveryHarness implements Transport, MembershipListener {

    static final long HEARTBEAT = 1_000_000;
    static final long TTL = 3_500_000;
    static final int HOPS = 16;

    /** What the node put on the wire: broadcasts with their hop limit, and messages to one peer. */
    record Sent(long time, Message message, int hopLimit, NodeId to) {
    }

    final List<Sent> sent = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    final LocalNode self = new LocalNode(NodeId.of("n1"), 8081, List.of(), List.of(), null);
    final PeerTable table = new PeerTable();
    final Discovery discovery;
    /** Peers that a message to one node reaches; any other send fails at once (no route). */
    final Set<NodeId> reachable = new HashSet<>();
    NodeId vote = self.id();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private final Map<NodeId, Long> seqs = new HashMap<>();
    private long now;
    private long sequence;

    DiscoveryHarness() {
        NodeContext ctx = new NodeContext(self, ProtocolConfig.DEFAULTS.withTimings(HEARTBEAT / 1000, TTL / 1000).withBeaconHops(HOPS), this, () -> now,
                this::schedule, new EventStream(), new SplittableRandom(1), new SplittableRandom(2));
        discovery = new Discovery(ctx, table, this, () -> vote);
    }

    /** Starts the node at the current time, as ClusterNode does: a new life, joining, then discovery. */
    DiscoveryHarness start() {
        self.begin(now);
        self.setState(NodeState.JOINING);
        discovery.start();
        return this;
    }

    long now() {
        return now;
    }

    /** Runs every task due up to {@code time}, in time order, then sets the clock there. */
    void advanceTo(long time) {
        while (!tasks.isEmpty() && tasks.peek().time <= time) {
            Task task = tasks.poll();
            now = task.time;
            if (!task.cancelled) {
                task.run.run();
            }
        }
        now = time;
    }

    void advanceBy(long micros) {
        advanceTo(now + micros);
    }

    // ---- the peers' side --------------------------------------------------------------------

    /** A card of peer {@code id} on port {@code port}, born at 0, with its next sequence number. */
    NodeCard card(String id, int port, NodeState state, String vote) {
        return card(id, port, 0, seqs.merge(NodeId.of(id), 1L, Long::sum), state, vote);
    }

    NodeCard card(String id, int port, long incarnation, long seq, NodeState state, String vote) {
        return new NodeCard(NodeId.of(id), port, incarnation, incarnation, seq, state, List.of(), NodeId.of(vote));
    }

    void beacon(String id, int port) {
        discovery.heard(new Beacon(card(id, port, NodeState.SLAVE, id)));
    }

    void probe(String id, int port) {
        discovery.probe(new Probe(card(id, port, NodeState.JOINING, id)));
    }

    void goodbye(String id) {
        discovery.goodbye(new Goodbye(NodeId.of(id), 0, seqs.merge(NodeId.of(id), 1L, Long::sum), "quit"));
    }

    void ping(String from, String suspect) {
        discovery.ping(new Ping(NodeId.of(from), 0, seqs.merge(NodeId.of(from), 1L, Long::sum), NodeId.of(suspect)));
    }

    List<Sent> sentOfKind(String kind) {
        return sent.stream().filter(s -> s.message().kind().equals(kind)).toList();
    }

    // ---- Transport --------------------------------------------------------------------------

    @Override
    public NodeId self() {
        return self.id();
    }

    @Override
    public void open(Receiver receiver) {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean isOpen() {
        return self.isRunning();
    }

    @Override
    public boolean send(NodeId to, Message message) {
        sent.add(new Sent(now, message, 0, to));
        return reachable.contains(to);
    }

    @Override
    public void broadcast(Message message, int hopLimit) {
        sent.add(new Sent(now, message, hopLimit, null));
    }

    // ---- MembershipListener: what the election would hear -----------------------------------

    @Override
    public void peerConnected(Peer peer, String reason) {
        told.add(now + " connected " + peer.id() + " (" + reason + ")");
    }

    @Override
    public void peerReborn(Peer peer) {
        told.add(now + " reborn " + peer.id());
    }

    @Override
    public void peerGone(Peer peer, PeerStatus status, String reason) {
        told.add(now + " gone " + peer.id() + " " + status + " (" + reason + ")");
    }

    @Override
    public void voteHeard(Peer peer, NodeId heard) {
        told.add(now + " vote " + peer.id() + "→" + heard);
    }

    @Override
    public void messageProcessed(Peer peer, String kind) {
        told.add(now + " processed " + kind + " from " + peer.id());
    }

    // ---- the scheduler ----------------------------------------------------------------------

    /** How many tasks the node has scheduled so far. */
    int scheduled;

    private Cancellable schedule(long delay, Runnable run) {
        scheduled++;
        Task task = new Task(now + delay, sequence++, run);
        tasks.add(task);
        return () -> task.cancelled = true;
    }

    private static final class Task implements Comparable<Task> {
        final long time;
        final long seq;
        final Runnable run;
        boolean cancelled;

        Task(long time, long seq, Runnable run) {
            this.time = time;
            this.seq = seq;
            this.run = run;
        }

        @Override
        public int compareTo(Task other) {
            return time != other.time ? Long.compare(time, other.time) : Long.compare(seq, other.seq);
        }
    }
}
