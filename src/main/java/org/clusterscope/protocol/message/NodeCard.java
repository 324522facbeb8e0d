package org.clusterscope.protocol.message;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;

/**
 * What a node says about itself in every probe, beacon and vote message (PROTOCOL.md §2): id,
 * port, birth, state, tags, current vote, plus the incarnation and sequence number that let a
 * receiver ignore stale messages.
 *
 * <p>{@code incarnation} is the virtual time the sender last started; {@code birth} is the same
 * instant unless a scenario overrides it for the first start (it ranks candidates under the
 * {@code time} strategy). Keeping the two apart means an overridden birth can never make a
 * restarted node look older than its previous life. One card instance is shared by every
 * receiver of a flood, so receivers keep references to its fields instead of copying them.
 */
public record NodeCard(NodeId id, int port, long birth, long incarnation, long seq, NodeState state,
        List<String> tags, NodeId vote) {

    public NodeCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(vote, "vote");
        tags = List.copyOf(tags);
    }
}
