package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** {@code { "by": t, "degree": { id: k, … } }}: each named node has exactly k up links to running nodes. */
public record DegreeCheck(Expectation.Degree expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        OverlayGraph graph = OverlayGraph.of(sim);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : expectation.degrees().entrySet()) {
            int d = graph.degree(NodeId.of(entry.getKey()));
            if (d != entry.getValue()) {
                wrong.add(entry.getKey() + " has " + d);
            }
        }
        return wrong.isEmpty() ? ExpectationResult.pass(expectation)
                : ExpectationResult.fail(expectation, String.join(", ", wrong));
    }
}
