package org.clusterscope.protocol.message;

/** The periodic heartbeat, flooded every heartbeatMs, also sent to answer a probe or a ping (PROTOCOL.md §2). */
public record Beacon(NodeCard card) implements MembershipMessage {

    public Beacon {
        java.util.Objects.requireNonNull(card, "card");
    }

    @Override
    public String kind() {
        return "beacon";
    }
}
