package org.clusterscope.net.sim;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.Message;

/**
 * One message handed to the network, with what every hop of it shares: its id, kind, origin,
 * destination (or -1 for a broadcast) and hop limit. A broadcast also carries the set of nodes
 * that already received it (PROTOCOL.md §2 de-duplication) and a count of copies in flight, so the
 * set can be returned to the pool as soon as the flood is over.
 */
final class Packet {

    final long id;
    final Message message;
    final String kind;
    final int origin;
    final NodeId originId;
    /** Destination index; -1 for a broadcast or a node not on the network. */
    final int destination;
    final NodeId destinationId;
    final int hopLimit;
    private final boolean broadcast;
    /** Nodes that received this broadcast (its origin included); null for a message to one node. */
    NodeSet seen;
    int inFlight;
    /** Its place in the {@link PacketTable} while copies are in flight, else {@link HopStore#NONE}. */
    int slot = HopStore.NONE;

    /** A message to one node: {@code destinationId}, found at index {@code destination} (-1 if unknown). */
    static Packet toOne(long id, Message message, int origin, NodeId originId, int destination,
            NodeId destinationId) {
        return new Packet(id, message, origin, originId, destination, destinationId, 0, false);
    }

    /** A broadcast flooded up to {@code hopLimit} hops. */
    static Packet toAll(long id, Message message, int origin, NodeId originId, int hopLimit) {
        return new Packet(id, message, origin, originId, -1, null, hopLimit, true);
    }

    private Packet(long id, Message message, int origin, NodeId originId, int destination, NodeId destinationId,
            int hopLimit, boolean broadcast) {
        this.id = id;
        this.message = message;
        this.kind = message.kind();
        this.origin = origin;
        this.originId = originId;
        this.destination = destination;
        this.destinationId = destinationId;
        this.hopLimit = hopLimit;
        this.broadcast = broadcast;
    }

    boolean isBroadcast() {
        return broadcast;
    }
}
