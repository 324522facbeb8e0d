package org.clusterscope.wire;

import java.util.HashMap;
import java.util.Map;

import org.clusterscope.core.NodeId;

/**
 * Which beacons carry the properties {@code t {port N}} in {@code data}. A Tcl member keeps the
 * properties it was told, and its own periodic beacons carry none: it sends them at start, in
 * discovery and in its answers to discovery (BPACKET.md "Discovery as seen on the wire"). A
 * ClusterScope node does the same: every probe, its first beacon, the first beacon after a Tcl
 * member's discovery or ping was read (the node's answer to it), and every {@value #EVERY}th
 * beacon besides, for members that missed the others. ClusterScope peers read the port from the record
 * and need none of it.
 */
final class Announcements {

    static final int EVERY = 16;
    private static final int NODES = 1024;

    /** Per node: beacons sent since the last that carried the properties, and {@link #discoveries} then. */
    private final Map<NodeId, long[]> nodes = new HashMap<>();
    private long discoveries;

    /** Whether this beacon of {@code node} carries the properties. */
    synchronized boolean beacon(NodeId node) {
        long[] state = nodes.get(node);
        if (state == null) {
            if (nodes.size() >= NODES) {
                nodes.clear(); // one codec serves one node: many senders means tests or misuse
            }
            nodes.put(node, new long[] {0, discoveries});
            return true;
        }
        if (state[1] != discoveries || ++state[0] >= EVERY) {
            state[0] = 0;
            state[1] = discoveries;
            return true;
        }
        return false;
    }

    /** A probe always carries them; the count of beacons without them starts again. */
    synchronized boolean probe(NodeId node) {
        nodes.put(node, new long[] {0, discoveries});
        return true;
    }

    /** A Tcl member's discovery or ping was read: the next beacon of every node answers it. */
    synchronized void discoveryHeard() {
        discoveries++;
    }

    synchronized int remembered() {
        return nodes.size();
    }
}
