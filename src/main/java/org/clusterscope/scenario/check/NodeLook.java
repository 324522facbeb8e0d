package org.clusterscope.scenario.check;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterView;

/** What a check reads of one node at one instant: its state and the master it names. */
record NodeLook(NodeId id, NodeState state, NodeId master) {

    static NodeLook of(ClusterView view, NodeId id) {
        return new NodeLook(id, view.state(id), view.master(id));
    }

    boolean isRunning() {
        return state.isRunning();
    }
}
