package org.clusterscope.scenario.check;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.runtime.Simulation;

/** No two running nodes are masters, wherever they are. */
public final class AtMostOneMaster implements Invariant {

    @Override
    public String name() {
        return "atMostOneMaster";
    }

    @Override
    public String violation(Simulation sim) {
        List<NodeId> masters = masters(sim);
        return masters.size() <= 1 ? null : masters.size() + " masters: " + Wording.set(masters);
    }

    /** The running nodes in state master, in scenario order. */
    static List<NodeId> masters(Simulation sim) {
        return sim.nodeIds().stream().map(sim::node).filter(n -> n.isRunning() && n.state() == NodeState.MASTER)
                .map(ClusterNode::id).toList();
    }
}
