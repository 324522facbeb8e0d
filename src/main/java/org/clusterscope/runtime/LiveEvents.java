package org.clusterscope.runtime;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Clock;
import org.clusterscope.net.real.Protocol;
import org.clusterscope.net.real.Refusal;
import org.clusterscope.net.real.TransportListener;

/**
 * What the real transports report, as the events the simulator emits for the same things: a
 * packet sent, delivered or dropped (with the nearest {@link DropReason}), and warnings for what
 * only real sockets do (a protocol that failed and fell back, a busy port, a malformed packet).
 */
final class LiveEvents implements TransportListener {

    private final Clock clock;
    private final Consumer<SimEvent> publish;
    private final int hopLimit;
    private final AtomicLong malformed = new AtomicLong();

    LiveEvents(Clock clock, Consumer<SimEvent> publish, int hopLimit) {
        this.clock = clock;
        this.publish = publish;
        this.hopLimit = hopLimit;
    }

    long malformed() {
        return malformed.get();
    }

    @Override
    public void sent(long packet, String kind, NodeId from, NodeId to, Protocol protocol) {
        publish.accept(new SimEvent.PacketSent(clock.nowMicros(), packet, kind, from, to, to == null ? hopLimit : 0));
    }

    @Override
    public void delivered(long packet, String kind, NodeId from, NodeId to, Protocol protocol) {
        publish.accept(new SimEvent.PacketDelivered(clock.nowMicros(), packet, kind, from, to, 1));
    }

    @Override
    public void dropped(long packet, String kind, NodeId at, NodeId peer, Refusal why) {
        publish.accept(new SimEvent.PacketDropped(clock.nowMicros(), packet, kind, at, peer, reason(why)));
    }

    @Override
    public void fellBack(NodeId at, NodeId to, Protocol failed, String reason) {
        publish.accept(new SimEvent.Warning(clock.nowMicros(), at + " to " + to + ": " + failed.label() + " failed ("
                + reason + "); trying the next protocol"));
    }

    @Override
    public void malformed(NodeId at, String source, String reason) {
        long count = malformed.incrementAndGet();
        publish.accept(new SimEvent.Warning(clock.nowMicros(), at + " dropped a malformed packet (" + source + ": "
                + reason + "); " + count + " so far"));
    }

    @Override
    public void notice(NodeId at, String text) {
        publish.accept(new SimEvent.Warning(clock.nowMicros(), text));
    }

    private static DropReason reason(Refusal why) {
        return switch (why) {
            case NOT_LOCAL -> DropReason.REJECTED;
            case NOT_LINKED, LINK_DOWN -> DropReason.LINK_DOWN;
            case PARTITIONED -> DropReason.PARTITION;
            case HOP_LIMIT -> DropReason.HOP_LIMIT;
            case CLOSED -> DropReason.RECEIVER_DOWN;
            case UNDELIVERABLE -> DropReason.NO_ROUTE;
            case LOST -> DropReason.LOSS;
        };
    }
}
