package org.clusterscope.net.real;

import org.clusterscope.core.NodeId;

/**
 * The delaying, dropping layer under a live node's transport: after the {@link PacketGate} lets a
 * packet in, the shaper says how long the link from its sender holds it back, or that the link
 * loses it. This is how a canvas link's latency, jitter and loss mean on real sockets what they
 * mean in the simulator (PROTOCOL.md §6): the packet really arrived, and is handed to the node
 * later, or never.
 */
@FunctionalInterface
public interface PacketShaper {

    /** Microseconds to hold a packet from {@code from} before delivering it; negative to lose it. */
    long delayMicros(NodeId from);

    /** Every packet delivered at once. */
    PacketShaper NONE = from -> 0;
}
