package org.clusterscope.runtime;

import java.util.Objects;

import org.clusterscope.core.NodeId;

/**
 * The node a life command acts on: a node, or {@code @master}, whoever is master when the
 * command is applied (SCENARIO_FORMAT.md "events").
 *
 * @param node the node, or null for {@code @master}
 */
public record NodeTarget(NodeId node) {

    /** How {@code @master} is written in files and on the command line. */
    public static final String MASTER = "@master";

    public static NodeTarget master() {
        return new NodeTarget(null);
    }

    public static NodeTarget node(NodeId id) {
        return new NodeTarget(Objects.requireNonNull(id, "id"));
    }

    public static NodeTarget node(String id) {
        return node(NodeId.of(id));
    }

    public boolean isMaster() {
        return node == null;
    }

    /** {@code @master} or the node id, as written in files. */
    public String text() {
        return node == null ? MASTER : node.value();
    }

    @Override
    public String toString() {
        return text();
    }
}
