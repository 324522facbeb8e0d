package org.clusterscope.protocol.service;

import java.util.List;

import org.clusterscope.core.NodeId;

/**
 * The asker's side of a query (PROTOCOL.md §4): one {@code response} per answer, then either
 * {@code done} (everyone answered) or {@code timeout} (naming who did not).
 */
public interface QueryListener {

    default void response(NodeId peer, String result) {
    }

    default void done() {
    }

    default void timeout(List<NodeId> missing) {
    }
}
