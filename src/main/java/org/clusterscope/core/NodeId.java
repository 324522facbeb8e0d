package org.clusterscope.core;

import java.util.Objects;

/**
 * The nickname of a node, unique within a scenario (PROTOCOL.md §1). Ids compare as strings,
 * which is the tie-break every node applies alike in an election (PROTOCOL.md §3).
 */
public record NodeId(String value) implements Comparable<NodeId> {

    public NodeId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a node id must not be blank");
        }
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
