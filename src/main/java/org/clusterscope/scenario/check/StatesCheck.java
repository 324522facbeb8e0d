package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** {@code { "by": t, "state": { id: state, … } }}: each named node is in its state. */
public record StatesCheck(Expectation.States expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, NodeState> entry : expectation.states().entrySet()) {
            NodeState actual = NodeLook.of(sim, NodeId.of(entry.getKey())).state();
            if (actual != entry.getValue()) {
                wrong.add(entry.getKey() + " is " + actual.jsonName());
            }
        }
        return wrong.isEmpty() ? ExpectationResult.pass(expectation)
                : ExpectationResult.fail(expectation, String.join(", ", wrong));
    }
}
