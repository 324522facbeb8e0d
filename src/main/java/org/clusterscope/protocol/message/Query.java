package org.clusterscope.protocol.message;

import java.util.Objects;

import org.clusterscope.core.NodeId;

/** A question to one peer; its query hook produces the answer (PROTOCOL.md §4). */
public record Query(NodeId sender, long incarnation, long seq, long queryId, String payload)
        implements StampedMessage {

    public Query {
        Objects.requireNonNull(sender, "sender");
    }

    @Override
    public String kind() {
        return "query";
    }
}
