package org.clusterscope.scenario.check;

import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** {@code { "by": t, "record": { node, group, key, value } }}: that node holds the record with that value (PROTOCOL.md §7). */
public record RecordCheck(Expectation.Record expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        Optional<String> held = sim.gdbValue(NodeId.of(expectation.node()), expectation.group(), expectation.key());
        if (held.isPresent() && held.get().equals(expectation.value())) {
            return ExpectationResult.pass(expectation);
        }
        return ExpectationResult.fail(expectation, held.map(v -> expectation.node() + " holds \"" + v + "\"")
                .orElse(expectation.node() + " holds no such record"));
    }
}
