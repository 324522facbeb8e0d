package org.clusterscope.net.sim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.DropReason;

/**
 * Running totals of what the network carried, per node and per link, kept whether or not anyone
 * listens to events: packets sent (originated), delivered to a receiver, hops relayed for others,
 * link traversals, and drops by {@link DropReason}. A node's drops are those that happened at it
 * (the node a dying packet was leaving); a link's drops are those that died on it.
 */
public final class NetworkCounters {

    private static final int REASONS = DropReason.values().length;
    /** Slot of a link's hop count in its counts; drop reasons follow. */
    static final int LINK_HOPS = 0;

    private final Map<NodeId, Integer> index;
    private final LongFunction<LinkState> liveLinks;
    private long[] sent = new long[16];
    private long[] delivered = new long[16];
    private long[] relayed = new long[16];
    private long[] dropped = new long[16 * REASONS];
    private final Map<Long, long[]> links = new HashMap<>();
    private long totalSent;
    private long totalDelivered;
    private long totalHops;
    private long totalArrivals;
    private long totalDuplicates;
    private final long[] totalDropped = new long[REASONS];

    /** {@code liveLinks} finds the current link of a pair key, or null. */
    NetworkCounters(Map<NodeId, Integer> index, LongFunction<LinkState> liveLinks) {
        this.index = index;
        this.liveLinks = liveLinks;
    }

    // ---- per node --------------------------------------------------------------------------

    /** Packets this node handed to the network (messages and broadcasts). */
    public long sent(NodeId node) {
        Integer i = index.get(node);
        return i == null ? 0 : sent[i];
    }

    /** Packets handed to this node's receiver. */
    public long delivered(NodeId node) {
        Integer i = index.get(node);
        return i == null ? 0 : delivered[i];
    }

    /** Hops this node sent on behalf of packets it did not originate. */
    public long relayed(NodeId node) {
        Integer i = index.get(node);
        return i == null ? 0 : relayed[i];
    }

    /** Packets that died at this node (leaving it, or stuck at it) for {@code reason}. */
    public long dropped(NodeId node, DropReason reason) {
        Integer i = index.get(node);
        return i == null ? 0 : dropped[i * REASONS + reason.ordinal()];
    }

    // ---- per link --------------------------------------------------------------------------

    /** Hops that left on the link between {@code a} and {@code b}, either way. */
    public long hops(NodeId a, NodeId b) {
        Integer x = index.get(Objects.requireNonNull(a, "a"));
        Integer y = index.get(Objects.requireNonNull(b, "b"));
        if (x == null || y == null) {
            return 0;
        }
        long[] counts = links.get(LinkState.key(x, y));
        LinkState live = liveLinks.apply(LinkState.key(x, y));
        return (counts == null ? 0 : counts[LINK_HOPS]) + (live == null ? 0 : live.hops);
    }

    /** Packets that died on the link between {@code a} and {@code b} for {@code reason}. */
    public long dropped(NodeId a, NodeId b, DropReason reason) {
        long[] counts = linkCounts(a, b);
        return counts == null ? 0 : counts[1 + reason.ordinal()];
    }

    // ---- totals ----------------------------------------------------------------------------

    public long sent() {
        return totalSent;
    }

    public long delivered() {
        return totalDelivered;
    }

    /** Link traversals started. */
    public long hops() {
        return totalHops;
    }

    /** Link traversals that reached the far end (lost or not). */
    public long arrivals() {
        return totalArrivals;
    }

    /** Copies of a broadcast that reached a node which already had it, and were discarded. */
    public long duplicates() {
        return totalDuplicates;
    }

    public long dropped(DropReason reason) {
        return totalDropped[reason.ordinal()];
    }

    // ---- updates, from the network ---------------------------------------------------------

    void grow(int nodes) {
        if (nodes > sent.length) {
            int size = Math.max(nodes, sent.length * 2);
            sent = Arrays.copyOf(sent, size);
            delivered = Arrays.copyOf(delivered, size);
            relayed = Arrays.copyOf(relayed, size);
            dropped = Arrays.copyOf(dropped, size * REASONS);
        }
    }

    /** The counts of the link between two node indices, kept across unlink and link again. */
    long[] linkCounts(int x, int y) {
        return links.computeIfAbsent(LinkState.key(x, y), k -> new long[1 + REASONS]);
    }

    void sent(int node) {
        sent[node]++;
        totalSent++;
    }

    void delivered(int node) {
        delivered[node]++;
        totalDelivered++;
    }

    void hop(int from, boolean relay, LinkState link) {
        if (relay) {
            relayed[from]++;
        }
        link.hops++;
        totalHops++;
    }

    /** Keeps the hops of a link being removed, for when the pair is linked again. */
    void unlinked(LinkState link) {
        link.counts[LINK_HOPS] += link.hops;
        link.hops = 0;
    }

    void arrival() {
        totalArrivals++;
    }

    void duplicate() {
        totalDuplicates++;
    }

    void dropped(int at, LinkState link, DropReason reason) {
        dropped[at * REASONS + reason.ordinal()]++;
        totalDropped[reason.ordinal()]++;
        if (link != null) {
            link.counts[1 + reason.ordinal()]++;
        }
    }

    private long[] linkCounts(NodeId a, NodeId b) {
        Integer x = index.get(Objects.requireNonNull(a, "a"));
        Integer y = index.get(Objects.requireNonNull(b, "b"));
        return x == null || y == null ? null : links.get(LinkState.key(x, y));
    }
}
