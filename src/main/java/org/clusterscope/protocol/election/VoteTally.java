package org.clusterscope.protocol.election;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;

/**
 * How many held votes name each candidate, kept up to date vote by vote so that a count looks
 * at a handful of candidates instead of every peer. Iteration order never decides anything: the
 * leader is chosen by a total order (votes, then strategy rank, then id).
 *
 * <p>A candidate whose count falls to zero keeps its place for a while: when a thousand nodes
 * start together, each node's peers change their votes several times within a second, and
 * taking entries out and putting them back on every change cost more than the counting itself.
 * Empty places are swept once they outnumber the others.
 *
 * <p>Candidates and counts sit in three parallel arrays probed linearly on the id's hash, not in
 * a hash map: a map's entry and its boxed count are two more trips to memory per vote, and a
 * thousand nodes' tallies do not stay in the processor's caches.
 */
final class VoteTally {

    private static final int INITIAL = 16;

    private NodeId[] keys = new NodeId[INITIAL];
    private int[] hashes = new int[INITIAL];
    private int[] counts = new int[INITIAL];
    /** Places holding a candidate, empty ones included. */
    private int used;
    private int empty;

    void clear() {
        keys = new NodeId[INITIAL];
        hashes = new int[INITIAL];
        counts = new int[INITIAL];
        used = 0;
        empty = 0;
    }

    int count(NodeId candidate) {
        int i = find(candidate);
        return i < 0 ? 0 : counts[i];
    }

    void add(NodeId candidate) {
        int i = find(candidate);
        if (i < 0) {
            i = insert(candidate);
        } else if (counts[i] == 0) {
            empty--;
        }
        counts[i]++;
    }

    void remove(NodeId candidate) {
        int i = find(candidate);
        if (i < 0 || counts[i] == 0) {
            throw new IllegalStateException("no vote for " + candidate + " to remove");
        }
        if (--counts[i] == 0 && ++empty > used / 2 + 8) {
            // sized for the candidates left, so a tally that swelled during a start shrinks again
            rebuild(Math.max(INITIAL, Integer.highestOneBit(Math.max(1, used - empty)) << 2));
        }
    }

    /** The candidates named by at least one held vote; a snapshot, so the tally may change while a caller walks it. */
    List<NodeId> candidates() {
        List<NodeId> result = new ArrayList<>(used - empty);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && counts[i] > 0) {
                result.add(keys[i]);
            }
        }
        return result;
    }

    private int find(NodeId candidate) {
        int hash = candidate.spreadHash();
        int mask = keys.length - 1;
        for (int i = hash & mask;; i = (i + 1) & mask) {
            NodeId key = keys[i];
            if (key == null) {
                return -1;
            }
            if (key == candidate || (hashes[i] == hash && key.equals(candidate))) {
                return i;
            }
        }
    }

    private int insert(NodeId candidate) {
        if (2 * (used + 1) > keys.length) {
            rebuild(keys.length * 2);
        }
        used++;
        return place(candidate, candidate.spreadHash(), 0);
    }

    private int place(NodeId candidate, int hash, int count) {
        int mask = keys.length - 1;
        int i = hash & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = candidate;
        hashes[i] = hash;
        counts[i] = count;
        return i;
    }

    /** Places every candidate with votes again in arrays of {@code length}, leaving the empty ones out. */
    private void rebuild(int length) {
        NodeId[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldCounts = counts;
        keys = new NodeId[length];
        hashes = new int[length];
        counts = new int[length];
        used = 0;
        empty = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldCounts[i] > 0) {
                place(oldKeys[i], oldHashes[i], oldCounts[i]);
                used++;
            }
        }
    }
}
