package org.clusterscope.protocol.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.Cancellable;

/** A query waiting for its answers: who was asked, who has answered, and its timeout. */
final class PendingQuery {

    final long id;
    final QueryListener listener;
    private final Set<NodeId> waiting;
    Cancellable timeout;

    PendingQuery(long id, List<NodeId> asked, QueryListener listener) {
        this.id = id;
        this.listener = listener;
        this.waiting = new LinkedHashSet<>(asked);
    }

    /** Records an answer; false if this peer was not asked or already answered. */
    boolean answered(NodeId peer) {
        return waiting.remove(peer);
    }

    boolean complete() {
        return waiting.isEmpty();
    }

    List<NodeId> missing() {
        return new ArrayList<>(waiting);
    }
}
