package org.clusterscope.scenario;

import java.util.Objects;

/**
 * The node a {@code kill}, {@code quit}, {@code restart} or {@code start} acts on: a node id, or
 * {@code "@master"}, resolved when the event happens (SCENARIO_FORMAT.md "events").
 */
public record NodeTarget(String text) {

    public static final String MASTER = "@master";

    public NodeTarget {
        Objects.requireNonNull(text, "text");
    }

    public static NodeTarget master() {
        return new NodeTarget(MASTER);
    }

    public static NodeTarget node(String id) {
        return new NodeTarget(id);
    }

    public boolean isMaster() {
        return MASTER.equals(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
