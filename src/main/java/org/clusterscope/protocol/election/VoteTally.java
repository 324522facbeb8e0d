package org.clusterscope.protocol.election;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;

/**
 * How many held votes name each candidate, kept up to date vote by vote so that a count looks
 * at a handful of candidates instead of every peer. Iteration order never decides anything: the
 * leader is chosen by a total order (votes, then strategy rank, then id).
 *
 * <p>A candidate whose count falls to zero keeps its entry for a while: when a thousand nodes
 * start together, each node's peers change their votes several times within a second, and
 * taking entries out and putting them back on every change cost more than the counting itself.
 * Empty entries are swept once they outnumber the others.
 */
final class VoteTally {

    private final Map<NodeId, int[]> counts = new HashMap<>();
    private int empty;

    void clear() {
        counts.clear();
        empty = 0;
    }

    int count(NodeId candidate) {
        int[] count = counts.get(candidate);
        return count == null ? 0 : count[0];
    }

    void add(NodeId candidate) {
        int[] count = counts.get(candidate);
        if (count == null) {
            count = new int[1];
            counts.put(candidate, count);
        } else if (count[0] == 0) {
            empty--;
        }
        count[0]++;
    }

    void remove(NodeId candidate) {
        int[] count = counts.get(candidate);
        if (count == null || count[0] == 0) {
            throw new IllegalStateException("no vote for " + candidate + " to remove");
        }
        if (--count[0] == 0 && ++empty > counts.size() / 2 + 8) {
            sweep();
        }
    }

    /** The candidates named by at least one held vote; a snapshot, so the tally may change while a caller walks it. */
    List<NodeId> candidates() {
        List<NodeId> result = new ArrayList<>(counts.size() - empty);
        counts.forEach((candidate, count) -> {
            if (count[0] > 0) {
                result.add(candidate);
            }
        });
        return result;
    }

    private void sweep() {
        counts.values().removeIf(count -> count[0] == 0);
        empty = 0;
    }
}
