package org.clusterscope.gui.bridge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.gui.doc.LinkKey;

/**
 * Folds the simulation's event stream into what the canvas needs — node states, votes, link
 * conditions, the partition, packets in flight, recent drops, traffic rates — and freezes it
 * into an immutable {@link LiveFrame} on demand. Lives on the simulation thread only.
 *
 * <p>Packets are followed one by one only while {@link #followPackets} is on; at high speed
 * the canvas shows the link glow instead, and following would only cost memory.
 */
public final class LiveWorld implements SimListener {

    /** The time constant of the traffic rate: a hop counts fully for about one virtual second. */
    private static final double RATE_TAU_MICROS = 1_000_000;
    /**
     * One more than a frame shows one by one: beyond {@link LiveFrame#MAX_FLIGHTS} the canvas shows
     * the links' glow instead, so following (and copying, 60 times a second) more would be waste.
     */
    private static final int MAX_FLIGHTS = LiveFrame.MAX_FLIGHTS + 1;
    private static final int MAX_DROPS = 400;

    /** A link's hop rate, decaying with time; updated in place, since every hop of a run bumps one. */
    private static final class Rate {
        private double value;
        private long time;

        Rate(long time) {
            this.time = time;
        }

        double valueAt(long now) {
            return now == time ? value : value * Math.exp(-(now - time) / RATE_TAU_MICROS);
        }

        void bump(long now) {
            value = valueAt(now) + 1e6 / RATE_TAU_MICROS;
            time = now;
        }
    }

    private final Map<NodeId, NodeFold> nodes = new LinkedHashMap<>();
    private final Map<LinkKey, LinkLive> links = new LinkedHashMap<>();
    private final Map<LinkKey, Rate> rates = new HashMap<>();
    private final Deque<Flight> flights = new ArrayDeque<>();
    private final Deque<Drop> drops = new ArrayDeque<>();
    private final Map<HopKey, Flight> flightByPacketAndHop = new HashMap<>();
    /** Flights whose packet was dropped on the way, left out at the next freeze (no O(n) removal per drop). */
    private final Set<Flight> droppedFlights = Collections.newSetFromMap(new IdentityHashMap<>());
    private final OverlayFold overlay = new OverlayFold();
    private List<List<NodeId>> partition = List.of();
    private String partitionName = "";
    private long packetsTotal;
    private long now;
    private boolean followPackets = true;
    private long minimumFlightMicros;
    private long wallNanos;

    /** Starts from the editor's topology: every node down, every link up with its settings. */
    public LiveWorld(Map<NodeId, Integer> ports, Map<LinkKey, LinkLive> initialLinks) {
        ports.forEach((id, port) -> nodes.put(id, new NodeFold(id, port)));
        links.putAll(initialLinks);
    }

    public void setFollowPackets(boolean follow) {
        followPackets = follow;
        if (!follow) {
            flights.clear();
            flightByPacketAndHop.clear();
            droppedFlights.clear();
        }
    }

    /** The shortest virtual time a packet is drawn moving along a link (see {@link Flight}). */
    public void setMinimumFlightMicros(long micros) {
        minimumFlightMicros = micros;
    }

    /** The wall-clock instant to stamp on drops seen from now on. */
    public void setWallNanos(long nanos) {
        wallNanos = nanos;
    }

    public long packetsTotal() {
        return packetsTotal;
    }

    @Override
    public void onEvent(SimEvent event) {
        now = Math.max(now, event.time());
        if (event instanceof SimEvent.NodeStarted e) {
            node(e.node()).started(e.port(), e.birth());
        } else if (event instanceof SimEvent.NodeStopped e) {
            node(e.node()).stopped(e.kind() == SimEvent.StopKind.KILLED ? NodeState.DOWN : NodeState.DISPATCHED);
        } else if (event instanceof SimEvent.StateChanged e) {
            NodeFold node = node(e.node());
            node.state = e.to();
            node.master = e.master();
        } else if (event instanceof SimEvent.VoteCast e) {
            node(e.voter()).vote = e.candidate();
        } else if (event instanceof SimEvent.VotesCounted e) {
            NodeFold node = node(e.node());
            node.countN = e.n();
            node.countVotes = e.votes();
        } else if (event instanceof SimEvent.PeerChanged e) {
            node(e.node()).peers.put(e.peer(), e.status());
        } else if (event instanceof SimEvent.TagsChanged e) {
            node(e.node()).tags = e.tags();
        } else if (event instanceof SimEvent.PacketSent) {
            packetsTotal++;
        } else if (event instanceof SimEvent.PacketHop e) {
            hop(e);
        } else if (event instanceof SimEvent.PacketDropped e) {
            dropped(e);
        } else if (event instanceof SimEvent.LinkChanged e) {
            LinkKey key = LinkKey.of(e.a(), e.b());
            LinkLive old = links.get(key);
            links.put(key, new LinkLive(e.up(), old != null && old.cutByPartition(), e.loss(),
                    old == null ? 0 : old.hopsPerSecond()));
        } else if (event instanceof SimEvent.OverlayEvent e) {
            overlay.onEvent(e, wallNanos);
        } else if (event instanceof SimEvent.PartitionChanged e) {
            partitioned(e.groups());
            partitionName = e.name() == null ? "" : e.name();
        }
    }

    /** The fold of a node about to change: its frozen picture is made again at the next freeze. */
    private NodeFold node(NodeId id) {
        NodeFold node = nodes.computeIfAbsent(id, key -> new NodeFold(key, 0));
        node.changed();
        return node;
    }

    private void hop(SimEvent.PacketHop e) {
        if (e.from().equals(e.to())) {
            return;
        }
        LinkKey key = LinkKey.of(e.from(), e.to());
        rates.computeIfAbsent(key, k -> new Rate(e.time())).bump(e.time());
        if (followPackets && flights.size() < MAX_FLIGHTS) {
            Flight flight = new Flight(e.kind(), e.from(), e.to(), e.time(), e.arrival(),
                    Math.max(e.arrival(), e.time() + minimumFlightMicros));
            flights.addLast(flight);
            flightByPacketAndHop.put(hopKey(e.packet(), e.from()), flight);
        }
    }

    private void dropped(SimEvent.PacketDropped e) {
        Flight flight = flightByPacketAndHop.remove(hopKey(e.packet(), e.at()));
        if (flight != null) {
            droppedFlights.add(flight);
        }
        drops.addLast(new Drop(e.kind(), e.at(), e.next(), e.reason(), e.time(), wallNanos));
        while (drops.size() > MAX_DROPS) {
            drops.removeFirst();
        }
    }

    /** A hop of a packet by the node it left; a record, so two hops never share a key. */
    private record HopKey(long packet, NodeId from) {
    }

    private static HopKey hopKey(long packet, NodeId from) {
        return new HopKey(packet, from);
    }

    private void partitioned(List<List<NodeId>> groups) {
        partition = groups;
        // groups may overlap (the bridge pattern): a link survives when some group holds both ends
        links.replaceAll((key, live) -> {
            boolean together = groups.stream().anyMatch(g -> g.contains(key.a()) && g.contains(key.b()));
            boolean cut = groups.size() > 1 && !together;
            return new LinkLive(live.up(), cut, live.loss(), live.hopsPerSecond());
        });
    }

    /** An immutable picture of now; drops older than {@code dropKeepNanos} of wall time are forgotten. */
    public LiveFrame freeze(long simNow, long wallNow, double speed, boolean playing, long dropKeepNanos) {
        now = Math.max(now, simNow);
        Iterator<Flight> it = flights.iterator();
        while (it.hasNext()) {
            Flight flight = it.next();
            if (flight.shownUntil() < now || (!droppedFlights.isEmpty() && droppedFlights.remove(flight))) {
                it.remove();
            }
        }
        droppedFlights.clear();
        if (flights.isEmpty()) {
            flightByPacketAndHop.clear();
        } else if (flightByPacketAndHop.size() > 4 * flights.size() + 1000) {
            flightByPacketAndHop.values().retainAll(new java.util.HashSet<>(flights));
        }
        drops.removeIf(drop -> wallNow - drop.wallNanos() > dropKeepNanos);
        Map<LinkKey, LinkLive> linkFrame = new LinkedHashMap<>();
        links.forEach((key, live) -> {
            Rate rate = rates.get(key);
            double value = rate == null ? 0 : rate.valueAt(now);
            linkFrame.put(key, new LinkLive(live.up(), live.cutByPartition(), live.loss(), value < 0.05 ? 0 : value));
        });
        Map<NodeId, List<NodeId>> held = new HashMap<>();
        for (NodeFold node : nodes.values()) {
            if (node.vote != null && node.state.isRunning()) {
                held.computeIfAbsent(node.vote, key -> new ArrayList<>()).add(node.id);
            }
        }
        Map<NodeId, NodeLive> nodeFrame = new LinkedHashMap<>();
        for (NodeFold node : nodes.values()) {
            // a node that has not started yet is left out: it is drawn and inspected as not started,
            // not as down (a down node is one that ran and stopped)
            if (node.everStarted) {
                nodeFrame.put(node.id, node.freeze(held.getOrDefault(node.id, List.of())));
            }
        }
        return new LiveFrame(now, wallNow, speed, playing, nodeFrame, linkFrame, List.copyOf(flights),
                List.copyOf(drops), partition, packetsTotal, partitionName, overlay.freeze(wallNow));
    }

    /** The ids of the running nodes in state master, for "kill master" when the simulation has no opinion. */
    public List<NodeId> masters() {
        return nodes.values().stream().filter(node -> node.state == NodeState.MASTER).map(node -> node.id).toList();
    }

    Collection<NodeFold> folds() {
        return nodes.values();
    }
}
