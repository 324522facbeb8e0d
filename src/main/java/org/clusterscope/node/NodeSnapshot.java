package org.clusterscope.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;

/**
 * An immutable picture of one node, safe to hand to another thread (the GUI draws from these).
 * {@code master} is the master the node names (null if none), {@code vote} its vote (null when
 * not running); peer lists are sorted by id; {@code votes} are the votes it holds from connected
 * peers, by peer id; {@code countN} and {@code countVotes} are n and c of its last count (0 before
 * the first). A node that is not running shows empty tables.
 */
public record NodeSnapshot(NodeId id, int port, NodeState state, long birth, NodeId master, NodeId vote,
        List<String> tags, List<NodeId> connected, List<NodeId> lost, List<NodeId> dispatched,
        Map<NodeId, NodeId> votes, int countN, int countVotes) {

    public NodeSnapshot {
        tags = List.copyOf(tags);
        connected = List.copyOf(connected);
        lost = List.copyOf(lost);
        dispatched = List.copyOf(dispatched);
        votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    public boolean isRunning() {
        return state.isRunning();
    }
}
