package org.clusterscope.protocol.message;

/** Sent at once when the sender's vote changes, so peers need not wait for the next beacon (PROTOCOL.md §3). */
public record Vote(NodeCard card) implements MembershipMessage {

    public Vote {
        java.util.Objects.requireNonNull(card, "card");
    }

    @Override
    public String kind() {
        return "vote";
    }
}
