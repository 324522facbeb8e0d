package org.clusterscope.topology;

import java.util.Objects;

import org.clusterscope.core.NodeId;

/** An undirected link of a {@link Topology}, with its ends in the order they were first linked. */
public record Link(NodeId a, NodeId b) {

    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /** True when this link joins {@code x} and {@code y}, in either order. */
    public boolean joins(NodeId x, NodeId y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    @Override
    public String toString() {
        return a + "-" + b;
    }
}
