package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/**
 * {@code { "by": t, "overlay": { minDegree?, maxDegree?, connected?, maxDiameter? } }}: over the
 * running nodes and their up links (SCENARIO_FORMAT.md "Public mode").
 */
public record OverlayCheck(Expectation.Overlay expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        OverlayGraph graph = OverlayGraph.of(sim);
        List<String> wrong = new ArrayList<>();
        Expectation.Overlay e = expectation;
        if (e.minDegree() != null || e.maxDegree() != null) {
            for (NodeId id : graph.running()) {
                int d = graph.degree(id);
                if (e.minDegree() != null && d < e.minDegree()) {
                    wrong.add(id + " has " + d + " below " + e.minDegree());
                } else if (e.maxDegree() != null && d > e.maxDegree()) {
                    wrong.add(id + " has " + d + " above " + e.maxDegree());
                }
            }
        }
        if (e.connected() != null && graph.connected() != e.connected()) {
            wrong.add(graph.connected() ? "the running nodes form one component" : "the running nodes are not connected");
        }
        if (e.maxDiameter() != null) {
            int diameter = graph.diameter();
            if (diameter < 0) {
                wrong.add("no diameter: the running nodes are not connected");
            } else if (diameter > e.maxDiameter()) {
                wrong.add("the diameter is " + diameter);
            }
        }
        if (wrong.isEmpty()) {
            return ExpectationResult.pass(expectation);
        }
        if (wrong.size() > 6) {
            int more = wrong.size() - 5;
            wrong = new ArrayList<>(wrong.subList(0, 5));
            wrong.add("and " + more + " more");
        }
        return ExpectationResult.fail(expectation, String.join(", ", wrong));
    }
}
