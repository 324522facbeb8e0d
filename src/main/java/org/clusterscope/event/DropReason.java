package org.clusterscope.event;

import java.util.Locale;

/** Why a packet died on its way (PROTOCOL.md §6). */
public enum DropReason {
    /** The link's loss probability struck. */
    LOSS,
    /** The link went down (by hand or by a fault) while the packet was on it, or was down. */
    LINK_DOWN,
    /** A partition cut the link. */
    PARTITION,
    /** No path of up links through running nodes leads to the destination. */
    NO_ROUTE,
    /** A broadcast reached its hop limit. */
    HOP_LIMIT,
    /** The node the packet was travelling to is not running. */
    RECEIVER_DOWN,
    /** The receiver could not decode it, or refused it (wrong channel, stale sequence). */
    REJECTED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
