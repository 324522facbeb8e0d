package org.clusterscope.scenario.check;

import java.util.List;

import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** {@code { "by": t, "masters": k }}: exactly k running nodes are in state master (2 shows a split brain). */
public record MastersCheck(Expectation.Masters expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        List<String> masters = Wording.running(sim).stream().filter(n -> n.state() == NodeState.MASTER)
                .map(NodeLook::id).map(Object::toString).toList();
        if (masters.size() == expectation.count()) {
            return ExpectationResult.pass(expectation);
        }
        return ExpectationResult.fail(expectation, masters.isEmpty() ? "no node is master"
                : masters.size() + (masters.size() == 1 ? " master: " : " masters: ") + String.join(", ", masters));
    }
}
