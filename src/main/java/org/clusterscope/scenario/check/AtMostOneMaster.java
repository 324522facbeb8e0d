package org.clusterscope.scenario.check;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterView;

/** No two running nodes are masters, wherever they are. */
public final class AtMostOneMaster implements Invariant {

    @Override
    public String name() {
        return "atMostOneMaster";
    }

    @Override
    public String violation(ClusterView sim) {
        List<NodeId> masters = masters(sim);
        return masters.size() <= 1 ? null : masters.size() + " masters: " + Wording.set(masters);
    }

    /** The running nodes in state master, in scenario order. */
    static List<NodeId> masters(ClusterView sim) {
        // asked after every step of every run that checks it: a plain loop, no stream, no look per node
        List<NodeId> masters = null;
        for (NodeId id : sim.nodeIds()) {
            NodeState state = sim.state(id);
            if (state == NodeState.MASTER && state.isRunning()) {
                if (masters == null) {
                    masters = new java.util.ArrayList<>(2);
                }
                masters.add(id);
            }
        }
        return masters == null ? List.of() : masters;
    }
}
