package org.clusterscope.protocol.message;

import org.clusterscope.core.NodeId;

/**
 * The self-healing ping (PROTOCOL.md §2): the sender could not deliver a message to
 * {@code suspect}, a peer it believed connected. Receivers shorten the suspect's time to live;
 * the suspect itself answers at once with a beacon.
 */
public record Ping(NodeId sender, long incarnation, long seq, NodeId suspect) implements StampedMessage {

    @Override
    public String kind() {
        return "ping";
    }
}
