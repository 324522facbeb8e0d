package org.clusterscope.protocol.message;

import org.clusterscope.core.NodeId;

/**
 * Sent by a node that quits or dispatches itself, flooded like a beacon; receivers record the
 * sender as dispatched, not lost (PROTOCOL.md §1–2).
 */
public record Goodbye(NodeId sender, long incarnation, long seq, String reason) implements StampedMessage {

    @Override
    public String kind() {
        return "goodbye";
    }
}
