package org.clusterscope.protocol.message;

/** A newcomer's discovery probe, flooded on start; receivers learn the sender at once and answer with a beacon (PROTOCOL.md §2). */
public record Probe(NodeCard card) implements MembershipMessage {

    public Probe {
        java.util.Objects.requireNonNull(card, "card");
    }

    @Override
    public String kind() {
        return "probe";
    }
}
