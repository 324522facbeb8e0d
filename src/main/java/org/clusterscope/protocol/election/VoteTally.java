package org.clusterscope.protocol.election;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.clusterscope.core.NodeId;

/**
 * How many held votes name each candidate, kept up to date vote by vote so that a count looks
 * at a handful of candidates instead of every peer. Iteration order never decides anything: the
 * leader is chosen by a total order (votes, then strategy rank, then id).
 */
final class VoteTally {

    private final Map<NodeId, int[]> counts = new HashMap<>();

    void clear() {
        counts.clear();
    }

    int count(NodeId candidate) {
        int[] count = counts.get(candidate);
        return count == null ? 0 : count[0];
    }

    void add(NodeId candidate) {
        counts.computeIfAbsent(candidate, c -> new int[1])[0]++;
    }

    void remove(NodeId candidate) {
        int[] count = counts.get(candidate);
        if (count == null) {
            throw new IllegalStateException("no vote for " + candidate + " to remove");
        }
        if (--count[0] == 0) {
            counts.remove(candidate);
        }
    }

    /** The candidates named by at least one held vote. */
    Set<NodeId> candidates() {
        return counts.keySet();
    }
}
