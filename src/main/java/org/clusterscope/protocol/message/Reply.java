package org.clusterscope.protocol.message;

import java.util.Objects;

import org.clusterscope.core.NodeId;

/** A peer's answer to a {@link Query}, matched to it by {@code queryId}. */
public record Reply(NodeId sender, long incarnation, long seq, long queryId, String result)
        implements StampedMessage {

    public Reply {
        Objects.requireNonNull(sender, "sender");
    }

    @Override
    public String kind() {
        return "reply";
    }
}
