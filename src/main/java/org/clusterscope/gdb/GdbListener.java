package org.clusterscope.gdb;

import org.clusterscope.core.NodeId;

/** Hears a cluster's record changes on every holder, as Cellframe's notifiers do. */
@FunctionalInterface
public interface GdbListener {

    /**
     * {@code holder} now holds {@code record} (a deletion when its value is null), because of
     * {@code cause}: {@code write}, {@code delete}, {@code sync} or {@code expired} (then the
     * record is the one removed).
     */
    void recordChanged(NodeId holder, GdbRecord record, String cause);
}
