package org.clusterscope.net.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import org.clusterscope.core.NodeId;
import org.clusterscope.engine.Engine;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.Message;

/**
 * Moves packets hop by hop (PROTOCOL.md §2 and §6). Each hop is one engine task at its arrival
 * time; on arrival the packet is checked against what changed while it travelled (lost, receiver
 * stopped), then delivered, relayed or flooded on.
 *
 * <ul>
 *   <li>A message to one node follows a shortest live path by hop count, the next hop chosen afresh
 *       at every node: the neighbour one hop closer that comes first in scenario order.</li>
 *   <li>A broadcast floods: each running node that receives it for the first time hands it to its
 *       receiver and, while hops remain, passes it to its other live neighbours. A neighbour known to
 *       hold the packet already is skipped: it would discard the copy, so sending it would only
 *       cost time. The origin counts as holding it, so it never receives its own broadcast.</li>
 * </ul>
 *
 * <p>As on a real overlay, the copy that arrives first is the one passed on. With equal latencies
 * that is a copy over a shortest path, so a flood reaches exactly the nodes within its hop limit;
 * over unequal links a copy that came the long way may arrive first, carry fewer hops to spare, and
 * leave a node that is within the limit by hop count unreached.
 *
 * <p>This is the hot path of every simulation, so it works on node indices and arrays, keeps its
 * hops as numbers in a {@link HopStore} and its packets in a {@link PacketTable}, pools seen-sets, and builds
 * event objects only when someone listens.
 */
final class Courier {

    /**
     * The pool keeps at most this many spare seen-sets: a thousand nodes starting at once flood
     * thousands of packets in their first second, and their sets need not outlive the storm.
     */
    static final int MAX_FREE_SEEN = 1 << 10;
    private static final int NONE = HopStore.NONE;

    private final SimNetwork network;
    private final Engine engine;
    private final EventStream events;
    private final NetworkCounters counters;
    private final RandomGenerator jitter;
    private final RandomGenerator loss;
    private final HopStore hops = new HopStore();
    private final HopCalendar calendar;
    private final ArrayDeque<NodeSet> freeSeen = new ArrayDeque<>();
    private final PacketTable packets = new PacketTable();
    private long nextPacket = 1;

    Courier(SimNetwork network, Engine engine, EventStream events, NetworkCounters counters) {
        this.network = network;
        this.engine = engine;
        this.events = events;
        this.counters = counters;
        this.jitter = engine.random().stream("net.jitter");
        this.loss = engine.random().stream("net.loss");
        this.calendar = new HopCalendar(engine, this, hops);
    }

    // ---- sending ---------------------------------------------------------------------------

    /** A message from the running node {@code from} to {@code to}; false when there is no route now. */
    boolean send(int from, NodeId to, Message message) {
        Integer target = network.indexOrNull(to);
        int destination = target == null ? -1 : target;
        Packet packet = Packet.toOne(nextPacket++, message, from, network.id(from), destination, to);
        counters.sent(from);
        if (events.hasPacketListeners()) {
            events.onEvent(new SimEvent.PacketSent(engine.now(), packet.id, packet.kind, packet.originId, to, 0));
        }
        if (destination == from) {
            deliverToSelf(packet);
            return true;
        }
        LinkState first = destination < 0 ? null : nextHop(from, destination);
        if (first == null) {
            drop(packet, from, -1, null, DropReason.NO_ROUTE);
            return false;
        }
        depart(packet, first, from, 1);
        return true;
    }

    /** A broadcast from the running node {@code from}, flooded up to {@code hopLimit} hops. */
    void broadcast(int from, Message message, int hopLimit) {
        Packet packet = Packet.toAll(nextPacket++, message, from, network.id(from), hopLimit);
        counters.sent(from);
        if (events.hasPacketListeners()) {
            events.onEvent(new SimEvent.PacketSent(engine.now(), packet.id, packet.kind, packet.originId, null,
                    hopLimit));
        }
        NodeSet seen = freeSeen.poll();
        if (seen == null) {
            seen = new NodeSet(network.size());
        } else {
            seen.reset(network.size());
        }
        packet.seen = seen;
        seen.add(from);
        flood(packet, from, 0, null);
        finishIfDone(packet);
    }

    private void deliverToSelf(Packet packet) {
        SimTransport self = network.transport(packet.origin);
        int epoch = network.epoch(packet.origin);
        engine.schedule(0, () -> {
            if (self.open && network.epoch(packet.origin) == epoch) {
                deliver(packet, self, 0);
            } else {
                drop(packet, packet.origin, packet.origin, null, DropReason.RECEIVER_DOWN);
            }
        });
    }

    // ---- one hop ---------------------------------------------------------------------------

    private void depart(Packet packet, LinkState link, int from, int hopsTaken) {
        int to = link.other(from);
        long delay = link.latencyMicros;
        long spread = link.jitterMicros;
        if (spread > 0) {
            // uniform in ±jitter, never below zero in total (PROTOCOL.md §6)
            delay = Math.max(0, delay + jitter.nextLong(-spread, spread + 1));
        }
        int h = hops.take();
        boolean lost = link.loss > 0 && loss.nextDouble() < link.loss;
        hops.set(h, packets.slotOf(packet), link.number, to, network.epoch(to), hopsTaken, lost);
        long arrival = engine.now() + delay;
        hops.arrival(h, arrival);
        packet.inFlight++;
        calendar.add(h);
        counters.hop(from, from != packet.origin, link);
        if (events.hasPacketListeners()) {
            events.onEvent(new SimEvent.PacketHop(engine.now(), packet.id, packet.kind, network.id(from),
                    network.id(to), arrival));
        }
    }

    /** Hop {@code h} reached the far end of its link: the engine step of every hop. */
    void arrive(int h) {
        if (hops.cancelled(h)) {
            // dropped in flight (dropInFlight); only its place in the calendar was left
            hops.release(h);
            return;
        }
        Packet packet = packets.get(hops.packet(h));
        LinkState link = network.link(hops.link(h));
        int to = hops.to(h);
        int from = link.other(to);
        int hopsTaken = hops.hops(h);
        boolean lost = hops.lost(h);
        int epoch = hops.receiverEpoch(h);
        hops.release(h);
        counters.arrival();

        SimTransport receiver = network.transport(to);
        if (lost) {
            drop(packet, from, to, link, DropReason.LOSS);
        } else if (!receiver.open || network.epoch(to) != epoch) {
            drop(packet, from, to, link, DropReason.RECEIVER_DOWN);
        } else if (packet.isBroadcast()) {
            if (packet.seen.contains(to)) {
                counters.duplicate();
            } else {
                packet.seen.add(to);
                deliver(packet, receiver, hopsTaken);
                if (receiver.open) {
                    flood(packet, to, hopsTaken, link);
                }
            }
        } else if (to == packet.destination) {
            deliver(packet, receiver, hopsTaken);
        } else {
            relay(packet, to, hopsTaken);
        }
        // counted in flight until now, so that a fault raised by the receiver cannot end the flood early
        packet.inFlight--;
        finishIfDone(packet);
    }

    /**
     * Drops every hop in flight on these links at once: they went down, were cut or removed. The
     * drops follow the order of {@code links}, and on each link the order the hops left in.
     * Faults are rare next to hops, so the hops are found by a walk through the calendar rather
     * than kept on a list per link that every hop would have to join and leave.
     */
    void dropInFlight(List<LinkState> links, DropReason reason) {
        dropInFlight(links, reason, -1, null);
    }

    /**
     * Like {@link #dropInFlight(List, DropReason)}, but spares the packets of kind {@code spareKind}
     * sent by node {@code spareOrigin}: they travel on to their end (the goodbye a closing
     * discovered link still carries, PROTOCOL.md §8).
     */
    void dropInFlight(List<LinkState> links, DropReason reason, int spareOrigin, String spareKind) {
        if (links.isEmpty()) {
            return;
        }
        int[] rank = new int[network.linkNumbers()];
        Arrays.fill(rank, NONE);
        for (int i = 0; i < links.size(); i++) {
            rank[links.get(i).number] = i;
        }
        List<Integer> doomed = new ArrayList<>();
        calendar.forEachPending(h -> {
            if (!hops.cancelled(h) && rank[hops.link(h)] != NONE && !spared(h, spareOrigin, spareKind)) {
                doomed.add(h);
            }
        });
        doomed.sort(Comparator.comparingInt((Integer h) -> rank[hops.link(h)]).thenComparingLong(hops::sequence));
        for (int h : doomed) {
            Packet packet = packets.get(hops.packet(h));
            LinkState link = network.link(hops.link(h));
            int to = hops.to(h);
            hops.cancel(h);
            packet.inFlight--;
            drop(packet, link.other(to), to, link, reason);
            finishIfDone(packet);
        }
    }

    private boolean spared(int h, int spareOrigin, String spareKind) {
        if (spareKind == null) {
            return false;
        }
        Packet packet = packets.get(hops.packet(h));
        return packet.origin == spareOrigin && packet.kind.equals(spareKind);
    }

    // ---- routing ---------------------------------------------------------------------------

    private void relay(Packet packet, int at, int hopsTaken) {
        LinkState next = nextHop(at, packet.destination);
        if (next == null) {
            // the route vanished while the packet travelled: it is stuck here (PROTOCOL.md §6)
            drop(packet, at, -1, null, DropReason.NO_ROUTE);
        } else {
            depart(packet, next, at, hopsTaken + 1);
        }
    }

    /** The live link towards the neighbour one hop closer to {@code destination}, earliest in scenario order. */
    private LinkState nextHop(int at, int destination) {
        int[] distance = network.distancesTo(destination);
        if (distance == null || distance[at] <= 0) {
            return null;
        }
        int wanted = distance[at] - 1;
        LinkState best = null;
        for (LinkState link : network.adjacency(at)) {
            // adjacency is sorted by the neighbour's scenario order, so the first match wins the tie
            if (link.live() && distance[link.other(at)] == wanted) {
                best = link;
                break;
            }
        }
        return best;
    }

    private void flood(Packet packet, int at, int hopsTaken, LinkState cameBy) {
        // neighbours first: in the later waves of a flood most of them already hold the packet,
        // and the bit says so without touching the link
        int[] neighbours = network.neighbours(at);
        LinkState[] links = network.adjacency(at);
        NodeSet seen = packet.seen;
        boolean hopsLeft = hopsTaken < packet.hopLimit;
        for (int k = 0; k < neighbours.length; k++) {
            LinkState link = links[k];
            if (!seen.contains(neighbours[k]) && link != cameBy && link.live()) {
                if (!hopsLeft) {
                    drop(packet, at, -1, null, DropReason.HOP_LIMIT);
                    return;
                }
                depart(packet, link, at, hopsTaken + 1);
            }
        }
    }

    // ---- endings ---------------------------------------------------------------------------

    private void deliver(Packet packet, SimTransport receiver, int hopsTaken) {
        counters.delivered(receiver.index);
        if (events.hasPacketListeners()) {
            events.onEvent(new SimEvent.PacketDelivered(engine.now(), packet.id, packet.kind, packet.originId,
                    receiver.self(), hopsTaken));
        }
        receiver.receiver.receive(new Envelope(packet.id, packet.originId, packet.destinationId, hopsTaken,
                packet.message));
    }

    private void drop(Packet packet, int at, int next, LinkState link, DropReason reason) {
        counters.dropped(at, link, reason);
        if (events.hasPacketListeners()) {
            events.onEvent(new SimEvent.PacketDropped(engine.now(), packet.id, packet.kind, network.id(at),
                    next < 0 ? null : network.id(next), reason));
        }
    }

    /** Once no copy of a packet is in flight, its slot is freed and a flood's seen-set goes back to the pool. */
    private void finishIfDone(Packet packet) {
        if (packet.inFlight != 0) {
            return;
        }
        if (packet.seen != null) {
            if (freeSeen.size() < MAX_FREE_SEEN) {
                freeSeen.push(packet.seen);
            }
            packet.seen = null;
        }
        packets.release(packet);
    }
}
