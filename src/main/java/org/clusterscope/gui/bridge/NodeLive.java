package org.clusterscope.gui.bridge;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;

/**
 * What one node looks like right now, as the simulation thread saw it when it published a
 * {@link LiveFrame}: its state, whom it names master and votes for, its peers and its count.
 * Immutable, so the FX thread can read it without locks.
 */
public record NodeLive(NodeId id, int port, NodeState state, long birth, NodeId master, NodeId vote,
        List<String> tags, List<NodeId> connected, List<NodeId> lost, List<NodeId> dispatched,
        List<NodeId> votesHeld, int countN, int countVotes) {

    public NodeLive {
        tags = List.copyOf(tags);
        connected = List.copyOf(connected);
        lost = List.copyOf(lost);
        dispatched = List.copyOf(dispatched);
        votesHeld = List.copyOf(votesHeld);
    }

    /**
     * The votes a leader needs in this node's count: half of it, rounded up, since exactly half
     * counts as a majority (PROTOCOL.md §4, {@code CountResult.isMajority}).
     */
    public int majority() {
        return (countN + 1) / 2;
    }
}
