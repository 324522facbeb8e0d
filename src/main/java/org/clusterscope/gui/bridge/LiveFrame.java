package org.clusterscope.gui.bridge;

import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.LinkKey;

/**
 * An immutable picture of the running simulation, published by the simulation thread and drawn
 * by the FX thread. {@code now} is the virtual time it shows; {@code wallNanos} the wall-clock
 * instant it was taken, so the canvas can move packets smoothly between two frames. {@code overlay}
 * holds public mode's discovered links and requests ({@link OverlayLive#EMPTY} in private mode).
 */
public record LiveFrame(long now, long wallNanos, double speed, boolean playing, Map<NodeId, NodeLive> nodes,
        Map<LinkKey, LinkLive> links, List<Flight> flights, List<Drop> drops, List<List<NodeId>> partition,
        long packetsTotal, String partitionName, OverlayLive overlay) {

    /** A frame without public mode's overlay (PROTOCOL.md §8). */
    public LiveFrame(long now, long wallNanos, double speed, boolean playing, Map<NodeId, NodeLive> nodes,
            Map<LinkKey, LinkLive> links, List<Flight> flights, List<Drop> drops, List<List<NodeId>> partition,
            long packetsTotal, String partitionName) {
        this(now, wallNanos, speed, playing, nodes, links, flights, drops, partition, packetsTotal, partitionName,
                OverlayLive.EMPTY);
    }

    /** A frame whose partition, if any, has no pattern name. */
    public LiveFrame(long now, long wallNanos, double speed, boolean playing, Map<NodeId, NodeLive> nodes,
            Map<LinkKey, LinkLive> links, List<Flight> flights, List<Drop> drops, List<List<NodeId>> partition,
            long packetsTotal) {
        this(now, wallNanos, speed, playing, nodes, links, flights, drops, partition, packetsTotal, "");
    }

    /**
     * True when some node belongs to two partition groups (the bridge and majorities-ring patterns,
     * PROTOCOL.md §6): the network is cut but not split into disjoint parts.
     */
    public boolean partitionOverlaps() {
        java.util.Set<NodeId> seen = new java.util.HashSet<>();
        for (List<NodeId> group : partition) {
            for (NodeId id : group) {
                if (!seen.add(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Beyond this many packets in flight, or above {@link #MAX_PACKET_SPEED}×, traffic is too dense
     * to follow packet by packet: the world stops following packets and the canvas shows the links'
     * glow instead.
     */
    public static final int MAX_FLIGHTS = 2_500;
    public static final double MAX_PACKET_SPEED = 25;

    public static final LiveFrame EMPTY =
            new LiveFrame(0, 0, 1, false, Map.of(), Map.of(), List.of(), List.of(), List.of(), 0);

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The running nodes in state master, in id order. */
    public List<NodeId> masters() {
        return nodes.values().stream()
                .filter(node -> node.state() == org.clusterscope.core.NodeState.MASTER)
                .map(NodeLive::id).sorted().toList();
    }

    /**
     * The virtual time to draw at wall instant {@code wallNow}: the frame's time moved on by the
     * elapsed wall time × speed while playing, but never more than {@code maxAheadMicros} ahead,
     * so a late frame never shows packets that have not left yet.
     */
    public long displayTime(long wallNow, long maxAheadMicros) {
        return displayTime(wallNow, maxAheadMicros, speed);
    }

    /**
     * As {@link #displayTime(long, long)}, moving on at {@code pace} instead of the requested
     * speed: the actual speed when the simulation cannot keep up, so the picture does not run
     * ahead of the run and jump back with the next frame.
     */
    public long displayTime(long wallNow, long maxAheadMicros, double pace) {
        // between two frames the picture moves on at the playing speed, so packets glide
        if (!playing || wallNanos == 0) {
            return now;
        }
        long ahead = (long) ((wallNow - wallNanos) / 1_000.0 * pace);
        return now + Math.max(0, Math.min(ahead, maxAheadMicros));
    }
}
