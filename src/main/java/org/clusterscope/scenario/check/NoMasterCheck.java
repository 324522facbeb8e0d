package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** {@code { "by": t, "noMaster": [ids] }}: none of these nodes is master or follows a master. */
public record NoMasterCheck(Expectation.NoMaster expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        List<String> wrong = new ArrayList<>();
        for (String id : expectation.nodes()) {
            NodeLook node = NodeLook.of(sim, NodeId.of(id));
            if (node.state() == NodeState.MASTER || node.state() == NodeState.SLAVE || node.master() != null) {
                wrong.add(Wording.view(node));
            }
        }
        return wrong.isEmpty() ? ExpectationResult.pass(expectation)
                : ExpectationResult.fail(expectation, String.join(", ", wrong));
    }
}
