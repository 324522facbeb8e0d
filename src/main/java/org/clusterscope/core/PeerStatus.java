package org.clusterscope.core;

import java.util.Locale;

/** How a node sees one of its peers (PROTOCOL.md §2–3). */
public enum PeerStatus {
    /** Heard within its time to live. */
    CONNECTED,
    /** Not heard for {@code ttlMs}: found out by silence. */
    LOST,
    /** Said goodbye. */
    DISPATCHED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
