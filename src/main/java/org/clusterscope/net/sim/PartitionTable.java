package org.clusterscope.net.sim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;

/**
 * Which pairs of nodes a partition lets share a link (PROTOCOL.md §6). A partition is a list of
 * groups; every node not named forms one more group. Two nodes may keep a link between them when
 * some group holds both. Groups may overlap ({@code bridge} puts one node in both halves, and
 * {@code majorities-ring} is a ring of overlapping windows), so this is a predicate on pairs rather
 * than a labelling of nodes.
 */
final class PartitionTable {

    /** The partition that cuts nothing. */
    static final PartitionTable NONE = new PartitionTable(List.of());

    private final List<List<NodeId>> groups;
    private final Map<NodeId, BitSet> membership = new LinkedHashMap<>();

    PartitionTable(List<List<NodeId>> groups) {
        List<List<NodeId>> kept = new ArrayList<>();
        for (List<NodeId> group : groups) {
            if (!group.isEmpty()) {
                kept.add(List.copyOf(group));
            }
        }
        this.groups = List.copyOf(kept);
        for (int g = 0; g < this.groups.size(); g++) {
            for (NodeId node : this.groups.get(g)) {
                membership.computeIfAbsent(node, n -> new BitSet()).set(g);
            }
        }
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** True when the partition lets {@code x} and {@code y} share a link. */
    boolean allows(NodeId x, NodeId y) {
        if (groups.isEmpty()) {
            return true;
        }
        BitSet gx = membership.get(x);
        BitSet gy = membership.get(y);
        if (gx == null || gy == null) {
            // the unnamed nodes form one more group of their own
            return gx == null && gy == null;
        }
        return gx.intersects(gy);
    }

    /** The groups in force over {@code nodes} (scenario order): the named ones, then the unnamed nodes if any. */
    List<List<NodeId>> groups(List<NodeId> nodes) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<List<NodeId>> all = new ArrayList<>(groups);
        List<NodeId> unnamed = new ArrayList<>();
        for (NodeId node : nodes) {
            if (!membership.containsKey(node)) {
                unnamed.add(node);
            }
        }
        if (!unnamed.isEmpty()) {
            all.add(List.copyOf(unnamed));
        }
        return List.copyOf(all);
    }
}
