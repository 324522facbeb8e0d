package org.clusterscope.net;

import java.util.Objects;

import org.clusterscope.core.NodeId;

/**
 * A message as it arrives: who sent it, to whom ({@code null} for a broadcast), the network's
 * packet id (unique within a run, for tracing and de-duplication) and how many hops it took.
 */
public record Envelope(long packet, NodeId from, NodeId to, int hops, Message message) {

    public Envelope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(message, "message");
    }

    public boolean isBroadcast() {
        return to == null;
    }
}
