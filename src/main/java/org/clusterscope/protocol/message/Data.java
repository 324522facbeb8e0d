package org.clusterscope.protocol.message;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.NodeId;

/**
 * A channel message (PROTOCOL.md §4). When flooded as a filtered broadcast, {@code filter}
 * holds the resolver arguments a receiver's tags must satisfy to read it; empty otherwise.
 */
public record Data(NodeId sender, long incarnation, long seq, int channel, String payload,
        List<String> filter) implements StampedMessage {

    public Data {
        Objects.requireNonNull(sender, "sender");
        filter = List.copyOf(filter);
    }

    @Override
    public String kind() {
        return "data";
    }
}
