package org.clusterscope.scenario;

import java.util.Locale;

/** How a node ranks candidates (PROTOCOL.md §3): lowest port, or earliest birth. */
public enum ElectionStrategy {
    PORT,
    TIME;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
