package org.clusterscope.net.real;

import org.clusterscope.core.NodeId;

/**
 * Decides, as a packet arrives, whether the node takes packets from its sender: the socket-level
 * faults of a live cluster (partitions, links down, private mode) are gates, so the sender sees
 * nothing and the receiver hears nothing, as behind a firewall that drops.
 */
@FunctionalInterface
public interface PacketGate {

    /**
     * Null to let the packet in, or why it is dropped; {@code broadcast} is true for a packet to
     * everyone (no filter), which a hop limit may stop, false for a message to this node alone.
     */
    Refusal admit(NodeId from, boolean broadcast);

    PacketGate OPEN = (from, broadcast) -> null;
}
