package org.clusterscope.core;

import java.util.Locale;

/** The life states of a node (PROTOCOL.md §1). Their lower-case names are used in files and traces. */
public enum NodeState {
    /** Not started yet, or killed. Sends and receives nothing. */
    DOWN,
    /** Started, has not yet heard enough to vote. */
    JOINING,
    /** Running and following a master it knows. */
    SLAVE,
    /** Running and elected. */
    MASTER,
    /** Left on purpose: quit gracefully, or shut itself down after losing its majority. */
    DISPATCHED;

    /** Whether the node takes part in the protocol: joining, slave or master (SCENARIO_FORMAT.md "expect"). */
    public boolean isRunning() {
        return this == JOINING || this == SLAVE || this == MASTER;
    }

    /** The name used in scenario files and traces, e.g. {@code "dispatched"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower-case state name; throws {@link IllegalArgumentException} for anything else. */
    public static NodeState parse(String name) {
        for (NodeState state : values()) {
            if (state.jsonName().equals(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown node state '" + name + "'");
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
