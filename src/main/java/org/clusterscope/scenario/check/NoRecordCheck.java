package org.clusterscope.scenario.check;

import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** {@code { "by": t, "noRecord": { node, group, key } }}: that node holds no live record of the key (PROTOCOL.md §7). */
public record NoRecordCheck(Expectation.NoRecord expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        Optional<String> held = sim.gdbValue(NodeId.of(expectation.node()), expectation.group(), expectation.key());
        return held.isEmpty() ? ExpectationResult.pass(expectation)
                : ExpectationResult.fail(expectation, expectation.node() + " holds \"" + held.get() + "\"");
    }
}
