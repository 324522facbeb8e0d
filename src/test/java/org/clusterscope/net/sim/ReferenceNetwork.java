package org.clusterscope.net.sim;

import org.clusterscope.net.LinkSettings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.engine.Engine;
import org.clusterscope.engine.Timer;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.Message;

/**
 * The network of PROTOCOL.md §2 and §6 written the plain way, to check the optimised one
 * ({@link Courier} with its {@link HopStore}, {@link HopCalendar} and {@link PacketTable})
 * against: one object per hop, one engine timer per hop, a list of hops per link, a set of ids
 * per flood and a breadth-first search for every routing decision. Nothing is cached, pooled or
 * numbered, so what it does can be read off the rules:
 * <ul>
 * <li>a hop takes the link's latency plus a jitter drawn uniformly from ±jitter (never below
 * zero in total) from the stream {@code net.jitter}, then is lost with the link's loss
 * probability, drawn from {@code net.loss}; each draw is made only when the setting is above
 * zero, and the loss shows when the hop arrives;</li>
 * <li>a message to one node takes, at every node, the live link to the neighbour one hop closer
 * (by hop count over live links through running nodes), the first such neighbour in scenario
 * order;</li>
 * <li>a broadcast floods: a node that gets it first hands it to its receiver and, while hops
 * remain, passes it on to each neighbour not known to hold it, except back over the link it came
 * by; a node with no hops left drops it once (hop limit);</li>
 * <li>a hop is dropped when its link goes down, is cut or removed (in the order of the links,
 * then the order the hops left in), or on arrival when its receiver stopped since it left.</li>
 * </ul>
 */
final class ReferenceNetwork {

    private final Engine engine;
    private final Consumer<SimEvent> events;
    private final LinkSettings defaults;
    private final RandomGenerator jitter;
    private final RandomGenerator loss;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<NodeId, Node> byId = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private List<List<NodeId>> groups = List.of();
    private long nextPacket = 1;
    /** Hops that reached the far end of their link (whatever happened to them there). */
    long arrivals;
    /** Copies of a broadcast that reached a node already holding it, discarded without a word. */
    long duplicates;

    ReferenceNetwork(Engine engine, Consumer<SimEvent> events, LinkSettings defaults) {
        this.engine = engine;
        this.events = events;
        this.defaults = defaults;
        this.jitter = engine.random().stream("net.jitter");
        this.loss = engine.random().stream("net.loss");
    }

    private static final class Node {
        final NodeId id;
        final int order;
        boolean running;
        int incarnation;
        Consumer<Envelope> receiver;

        Node(NodeId id, int order) {
            this.id = id;
            this.order = order;
        }
    }

    private static final class Link {
        final Node a;
        final Node b;
        LinkSettings settings;
        boolean up = true;
        boolean cut;
        /** The hops on the link now, in the order they left. */
        final List<Hop> onTheWire = new ArrayList<>();

        Link(Node a, Node b, LinkSettings settings) {
            this.a = a;
            this.b = b;
            this.settings = settings;
        }

        boolean live() {
            return up && !cut;
        }

        Node other(Node end) {
            return end == a ? b : a;
        }

        boolean joins(Node x, Node y) {
            return (a == x && b == y) || (a == y && b == x);
        }
    }

    private static final class Packet {
        final long id;
        final Message message;
        final Node origin;
        final NodeId destination;
        final int hopLimit;
        /** Who holds this broadcast already; null for a message to one node. */
        final Set<Node> holders;

        Packet(long id, Message message, Node origin, NodeId destination, int hopLimit, boolean broadcast) {
            this.id = id;
            this.message = message;
            this.origin = origin;
            this.destination = destination;
            this.hopLimit = hopLimit;
            this.holders = broadcast ? new HashSet<>() : null;
        }
    }

    private static final class Hop {
        final Packet packet;
        final Link link;
        final Node from;
        final Node to;
        final int receiverIncarnation;
        final int hops;
        final boolean lost;
        Timer timer;

        Hop(Packet packet, Link link, Node from, int hops, boolean lost) {
            this.packet = packet;
            this.link = link;
            this.from = from;
            this.to = link.other(from);
            this.receiverIncarnation = to.incarnation;
            this.hops = hops;
            this.lost = lost;
        }
    }

    // ---- nodes and links -------------------------------------------------------------------

    void addNode(NodeId id) {
        Node node = new Node(id, nodes.size());
        nodes.add(node);
        byId.put(id, node);
    }

    void start(NodeId id, Consumer<Envelope> receiver) {
        Node node = byId.get(id);
        node.receiver = receiver;
        node.running = true;
    }

    void stop(NodeId id) {
        Node node = byId.get(id);
        if (node.running) {
            node.running = false;
            node.receiver = null;
            node.incarnation++;
        }
    }

    boolean isRunning(NodeId id) {
        return byId.get(id).running;
    }

    void link(NodeId a, NodeId b, LinkSettings settings) {
        Node x = byId.get(a);
        Node y = byId.get(b);
        if (x == y) {
            return;
        }
        Link existing = find(x, y);
        if (existing != null) {
            existing.settings = settings;
            return;
        }
        Link link = new Link(x, y, settings);
        link.cut = !allows(a, b);
        links.add(link);
    }

    void link(NodeId a, NodeId b) {
        link(a, b, defaults);
    }

    void unlink(NodeId a, NodeId b) {
        Link link = find(byId.get(a), byId.get(b));
        if (link != null) {
            links.remove(link);
            dropOnTheWire(List.of(link), DropReason.LINK_DOWN);
        }
    }

    void setLink(NodeId a, NodeId b, LinkSettings settings) {
        find(byId.get(a), byId.get(b)).settings = settings;
    }

    void setLinkUp(NodeId a, NodeId b, boolean up) {
        Link link = find(byId.get(a), byId.get(b));
        if (link.up == up) {
            return;
        }
        boolean wasLive = link.live();
        link.up = up;
        if (wasLive && !up) {
            dropOnTheWire(List.of(link), DropReason.LINK_DOWN);
        }
    }

    void partition(List<List<NodeId>> newGroups) {
        groups = newGroups.stream().filter(group -> !group.isEmpty()).map(List::copyOf).toList();
        List<Link> newlyCut = new ArrayList<>();
        for (Link link : links) {
            boolean cut = !allows(link.a.id, link.b.id);
            if (cut && !link.cut && link.live()) {
                newlyCut.add(link);
            }
            link.cut = cut;
        }
        dropOnTheWire(newlyCut, DropReason.PARTITION);
    }

    void nemesis(Nemesis pattern) {
        List<NodeId> running = nodes.stream().filter(node -> node.running).map(node -> node.id).toList();
        partition(pattern.groups(running, engine.random().stream("nemesis.shuffle")));
    }

    void heal() {
        groups = List.of();
        for (Link link : links) {
            link.cut = false;
            link.up = true;
        }
    }

    /** Two nodes may share a link when a group holds both; the unnamed nodes form one more group. */
    private boolean allows(NodeId x, NodeId y) {
        if (groups.isEmpty()) {
            return true;
        }
        boolean xNamed = groups.stream().anyMatch(group -> group.contains(x));
        boolean yNamed = groups.stream().anyMatch(group -> group.contains(y));
        if (!xNamed || !yNamed) {
            return !xNamed && !yNamed;
        }
        return groups.stream().anyMatch(group -> group.contains(x) && group.contains(y));
    }

    private Link find(Node x, Node y) {
        for (Link link : links) {
            if (link.joins(x, y)) {
                return link;
            }
        }
        return null;
    }

    /** A node's links, by the scenario order of the node at the other end. */
    private List<Link> linksOf(Node node) {
        List<Link> own = new ArrayList<>();
        for (Link link : links) {
            if (link.a == node || link.b == node) {
                own.add(link);
            }
        }
        own.sort(Comparator.comparingInt(link -> link.other(node).order));
        return own;
    }

    // ---- sending ---------------------------------------------------------------------------

    boolean send(NodeId fromId, NodeId to, Message message) {
        Node from = byId.get(fromId);
        if (!from.running) {
            return false;
        }
        Packet packet = new Packet(nextPacket++, message, from, to, 0, false);
        events.accept(new SimEvent.PacketSent(engine.now(), packet.id, message.kind(), from.id, to, 0));
        Node destination = byId.get(to);
        if (destination == from) {
            int incarnation = from.incarnation;
            engine.schedule(0, () -> {
                if (from.running && from.incarnation == incarnation) {
                    deliver(packet, from, 0);
                } else {
                    drop(packet, from, from, DropReason.RECEIVER_DOWN);
                }
            });
            return true;
        }
        Link first = destination == null ? null : nextLink(from, destination);
        if (first == null) {
            drop(packet, from, null, DropReason.NO_ROUTE);
            return false;
        }
        depart(packet, first, from, 1);
        return true;
    }

    void broadcast(NodeId fromId, Message message, int hopLimit) {
        Node from = byId.get(fromId);
        if (!from.running) {
            return;
        }
        Packet packet = new Packet(nextPacket++, message, from, null, hopLimit, true);
        events.accept(new SimEvent.PacketSent(engine.now(), packet.id, message.kind(), from.id, null, hopLimit));
        packet.holders.add(from);
        flood(packet, from, 0, null);
    }

    private void depart(Packet packet, Link link, Node from, int hops) {
        long delay = SimTime.ms(link.settings.latencyMs());
        long spread = SimTime.ms(link.settings.jitterMs());
        if (spread > 0) {
            delay = Math.max(0, delay + jitter.nextLong(-spread, spread + 1));
        }
        boolean lost = link.settings.loss() > 0 && loss.nextDouble() < link.settings.loss();
        Hop hop = new Hop(packet, link, from, hops, lost);
        link.onTheWire.add(hop);
        hop.timer = engine.schedule(delay, () -> arrive(hop));
        events.accept(new SimEvent.PacketHop(engine.now(), packet.id, packet.message.kind(), from.id, hop.to.id,
                engine.now() + delay));
    }

    private void arrive(Hop hop) {
        hop.link.onTheWire.remove(hop);
        arrivals++;
        Packet packet = hop.packet;
        Node to = hop.to;
        if (hop.lost) {
            drop(packet, hop.from, to, DropReason.LOSS);
        } else if (!to.running || to.incarnation != hop.receiverIncarnation) {
            drop(packet, hop.from, to, DropReason.RECEIVER_DOWN);
        } else if (packet.holders != null) {
            if (packet.holders.add(to)) {
                deliver(packet, to, hop.hops);
                if (to.running) {
                    flood(packet, to, hop.hops, hop.link);
                }
            } else {
                duplicates++;
            }
        } else if (to.id.equals(packet.destination)) {
            deliver(packet, to, hop.hops);
        } else {
            Link next = nextLink(to, byId.get(packet.destination));
            if (next == null) {
                drop(packet, to, null, DropReason.NO_ROUTE);
            } else {
                depart(packet, next, to, hop.hops + 1);
            }
        }
    }

    private void flood(Packet packet, Node at, int hops, Link cameBy) {
        for (Link link : linksOf(at)) {
            if (!packet.holders.contains(link.other(at)) && link != cameBy && link.live()) {
                if (hops >= packet.hopLimit) {
                    drop(packet, at, null, DropReason.HOP_LIMIT);
                    return;
                }
                depart(packet, link, at, hops + 1);
            }
        }
    }

    /** The live link from {@code at} towards a neighbour one hop closer to {@code destination}, first in scenario order. */
    private Link nextLink(Node at, Node destination) {
        Map<Node, Integer> distance = distancesTo(destination);
        Integer here = distance.get(at);
        if (here == null || here == 0) {
            return null;
        }
        for (Link link : linksOf(at)) {
            Integer there = distance.get(link.other(at));
            if (link.live() && there != null && there == here - 1) {
                return link;
            }
        }
        return null;
    }

    /** Hop counts to {@code destination} over live links through running nodes; empty if it is not running. */
    private Map<Node, Integer> distancesTo(Node destination) {
        Map<Node, Integer> distance = new LinkedHashMap<>();
        if (!destination.running) {
            return distance;
        }
        Deque<Node> queue = new ArrayDeque<>();
        distance.put(destination, 0);
        queue.add(destination);
        while (!queue.isEmpty()) {
            Node u = queue.poll();
            for (Link link : linksOf(u)) {
                Node v = link.other(u);
                if (link.live() && v.running && !distance.containsKey(v)) {
                    distance.put(v, distance.get(u) + 1);
                    queue.add(v);
                }
            }
        }
        return distance;
    }

    // ---- endings ---------------------------------------------------------------------------

    private void deliver(Packet packet, Node to, int hops) {
        events.accept(new SimEvent.PacketDelivered(engine.now(), packet.id, packet.message.kind(), packet.origin.id,
                to.id, hops));
        to.receiver.accept(new Envelope(packet.id, packet.origin.id, packet.destination, hops, packet.message));
    }

    private void drop(Packet packet, Node at, Node next, DropReason reason) {
        events.accept(new SimEvent.PacketDropped(engine.now(), packet.id, packet.message.kind(), at.id,
                next == null ? null : next.id, reason));
    }

    private void dropOnTheWire(List<Link> doomed, DropReason reason) {
        for (Link link : doomed) {
            for (Hop hop : List.copyOf(link.onTheWire)) {
                hop.timer.cancel();
                drop(hop.packet, hop.from, hop.to, reason);
            }
            link.onTheWire.clear();
        }
    }
}
