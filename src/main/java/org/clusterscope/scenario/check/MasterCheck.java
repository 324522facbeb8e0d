package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Expectation;

/**
 * {@code { "by": t, "master": id, "among": [ids]? }}: {@code id} runs in state master and every
 * running node of {@code among} (default: every running node) names it; fails if no node of
 * {@code among} runs (SCENARIO_FORMAT.md "expect").
 */
public record MasterCheck(Expectation.Master expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(Simulation sim) {
        NodeId master = NodeId.of(expectation.master());
        List<ClusterNode> judges = expectation.among() == null ? Wording.running(sim)
                : expectation.among().stream().map(id -> sim.node(NodeId.of(id))).filter(ClusterNode::isRunning)
                        .toList();
        List<String> wrong = new ArrayList<>();
        ClusterNode candidate = sim.node(master);
        if (candidate.state() != NodeState.MASTER) {
            wrong.add(master + " is " + candidate.state().jsonName());
        }
        if (judges.isEmpty()) {
            wrong.add(expectation.among() == null ? "no node is running"
                    : "none of " + String.join(",", expectation.among()) + " is running");
        }
        for (ClusterNode judge : judges) {
            if (!master.equals(judge.master()) && !(judge == candidate && !wrong.isEmpty())) {
                wrong.add(Wording.view(judge));
            }
        }
        return wrong.isEmpty() ? ExpectationResult.pass(expectation)
                : ExpectationResult.fail(expectation, String.join(", ", wrong));
    }
}
