package org.clusterscope.net.sim;

import java.util.Arrays;

/**
 * A set of node indices as bare bits: the nodes a broadcast has reached. A {@link java.util.BitSet}
 * without its bookkeeping, because the flood asks it for every neighbour of every hop.
 */
final class NodeSet {

    private long[] words;

    NodeSet(int nodes) {
        words = new long[Math.max(1, (nodes + 63) >>> 6)];
    }

    boolean contains(int node) {
        return (words[node >>> 6] & (1L << node)) != 0;
    }

    void add(int node) {
        words[node >>> 6] |= 1L << node;
    }

    /** Empties the set and makes room for {@code nodes} nodes, for its next flood. */
    void reset(int nodes) {
        int needed = Math.max(1, (nodes + 63) >>> 6);
        if (words.length < needed) {
            words = new long[needed];
        } else {
            Arrays.fill(words, 0L);
        }
    }
}
