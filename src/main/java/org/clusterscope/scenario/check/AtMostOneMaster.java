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
        return sim.nodeIds().stream().map(id -> NodeLook.of(sim, id)).filter(n -> n.isRunning() && n.state() == NodeState.MASTER)
                .map(NodeLook::id).toList();
    }
}
