package org.clusterscope.node;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.EventStream;
import org.clusterscope.net.Cancellable;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;
import org.clusterscope.net.Transport;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.runtime.StoryInvariants;

/**
 * One {@link ClusterNode} on a hand-driven transport and clock, for unit tests of the counting
 * rules: the test plays the peers by handing it beacons, and reads what it sends. The node's own
 * invariants ({@link StoryInvariants#violation}) are checked after every timer and delivery.
 */
final class LoneNodeHarness implements Transport {

    final List<Message> sent = new ArrayList<>();
    final EventStream events = new EventStream();
    private final NodeId self;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private Receiver receiver;
    private long now;
    private long sequence;
    private long packets;
    private final java.util.Map<NodeId, Long> seqs = new java.util.HashMap<>();
    final ClusterNode node;

    LoneNodeHarness(String id, int port, ProtocolConfig config) {
        this.self = NodeId.of(id);
        this.node = new ClusterNode(NodeSpec.of(id, port), config, new NodePorts(this, () -> now, this::schedule, events,
                new SplittableRandom(1), new SplittableRandom(2)));
    }

    private Cancellable schedule(long delay, Runnable task) {
        Task t = new Task(now + delay, sequence++, task);
        tasks.add(t);
        return () -> t.cancelled = true;
    }

    /** Runs every timer due up to {@code time}. */
    void advanceTo(long time) {
        while (!tasks.isEmpty() && tasks.peek().time <= time) {
            Task t = tasks.poll();
            now = t.time;
            if (!t.cancelled) {
                t.task.run();
                check();
            }
        }
        now = time;
    }

    /** Delivers a beacon from {@code from} (port, birth 0) voting for {@code vote}, announcing {@code state}. */
    void beacon(String from, int port, String vote, NodeState state) {
        NodeId sender = NodeId.of(from);
        long seq = seqs.merge(sender, 1L, Long::sum);
        NodeCard card = new NodeCard(sender, port, 0, 0, seq, state, List.of(), NodeId.of(vote));
        if (receiver != null) {
            deliver(new Envelope(++packets, sender, null, 1, new Beacon(card)));
        }
    }

    /** Delivers a goodbye from {@code from}, with its next sequence number. */
    void receiveGoodbye(String from) {
        NodeId sender = NodeId.of(from);
        long seq = seqs.merge(sender, 1L, Long::sum);
        if (receiver != null) {
            deliver(new Envelope(++packets, sender, null, 1,
                    new org.clusterscope.protocol.message.Goodbye(sender, 0, seq, "quit")));
        }
    }

    /** Delivers a ping from {@code from} naming {@code suspect}. */
    void receivePing(String from, String suspect) {
        NodeId sender = NodeId.of(from);
        long seq = seqs.merge(sender, 1L, Long::sum);
        if (receiver != null) {
            deliver(new Envelope(++packets, sender, null, 1,
                    new org.clusterscope.protocol.message.Ping(sender, 0, seq, NodeId.of(suspect))));
        }
    }

    /** Delivers an old beacon of {@code from} again, with the sequence number {@code seq}. */
    void replayBeacon(String from, int port, long seq) {
        NodeId sender = NodeId.of(from);
        NodeCard card = new NodeCard(sender, port, 0, 0, seq, NodeState.MASTER, List.of(), sender);
        if (receiver != null) {
            deliver(new Envelope(++packets, sender, null, 1, new Beacon(card)));
        }
    }

    private void deliver(Envelope envelope) {
        receiver.receive(envelope);
        check();
    }

    /** The story invariants a single node can break, after every timer and every delivery. */
    private void check() {
        String broken = StoryInvariants.violation(node);
        if (broken != null) {
            throw new AssertionError("invariant broken at " + SimTime.format(now) + ": " + broken);
        }
    }

    @Override
    public NodeId self() {
        return self;
    }

    @Override
    public void open(Receiver r) {
        this.receiver = r;
    }

    @Override
    public void close() {
        this.receiver = null;
    }

    @Override
    public boolean isOpen() {
        return receiver != null;
    }

    @Override
    public boolean send(NodeId to, Message message) {
        sent.add(message);
        return receiver != null;
    }

    @Override
    public void broadcast(Message message, int hopLimit) {
        sent.add(message);
    }

    private static final class Task implements Comparable<Task> {
        final long time;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Task(long time, long seq, Runnable task) {
            this.time = time;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }
}
