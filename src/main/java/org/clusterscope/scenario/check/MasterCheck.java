package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/**
 * {@code { "by": t, "master": id, "among": [ids]? }}: {@code id} runs in state master and every
 * running node of {@code among} (default: every running node) names it; fails if no node of
 * {@code among} runs (SCENARIO_FORMAT.md "expect").
 */
public record MasterCheck(Expectation.Master expectation) implements TimedCheck {

    @Override
    public ExpectationResult check(ClusterView sim) {
        NodeId master = NodeId.of(expectation.master());
        List<NodeLook> judges = expectation.among() == null ? Wording.running(sim)
                : expectation.among().stream().map(id -> NodeLook.of(sim, NodeId.of(id))).filter(NodeLook::isRunning)
                        .toList();
        List<String> wrong = new ArrayList<>();
        NodeLook candidate = NodeLook.of(sim, master);
        if (candidate.state() != NodeState.MASTER) {
            wrong.add(master + " is " + candidate.state().jsonName());
        }
        if (judges.isEmpty()) {
            wrong.add(expectation.among() == null ? "no node is running"
                    : "none of " + String.join(",", expectation.among()) + " is running");
        }
        for (NodeLook judge : judges) {
            if (!master.equals(judge.master()) && !(judge.id().equals(candidate.id()) && !wrong.isEmpty())) {
                wrong.add(Wording.view(judge));
            }
        }
        return wrong.isEmpty() ? ExpectationResult.pass(expectation)
                : ExpectationResult.fail(expectation, String.join(", ", wrong));
    }
}
