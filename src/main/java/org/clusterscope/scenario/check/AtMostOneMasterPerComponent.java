package org.clusterscope.scenario.check;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.runtime.ClusterView;

/**
 * No component (running nodes that can reach each other over up links under the current
 * partition) holds two masters. Components are only computed when two masters exist at all,
 * which keeps the check cheap enough to run after every step.
 */
public final class AtMostOneMasterPerComponent implements Invariant {

    @Override
    public String name() {
        return "atMostOneMasterPerComponent";
    }

    @Override
    public String violation(ClusterView sim) {
        List<NodeId> masters = AtMostOneMaster.masters(sim);
        if (masters.size() <= 1) {
            return null;
        }
        for (List<NodeId> component : sim.components()) {
            List<NodeId> inside = masters.stream().filter(component::contains).toList();
            if (inside.size() > 1) {
                return Wording.set(inside) + " are all masters in the component " + Wording.set(component);
            }
        }
        return null;
    }
}
