package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.runtime.ClusterView;

/**
 * All running nodes name one master: the cluster has settled. The {@code converged} expectation
 * checks it at one instant; the GUI shows it live.
 */
public final class Converged implements Invariant {

    @Override
    public String name() {
        return "converged";
    }

    @Override
    public String violation(ClusterView sim) {
        List<NodeLook> running = Wording.running(sim);
        if (running.isEmpty()) {
            return "no node is running";
        }
        Map<NodeId, List<String>> byMaster = new LinkedHashMap<>();
        List<String> none = new ArrayList<>();
        for (NodeLook node : running) {
            if (node.master() == null) {
                none.add(Wording.view(node));
            } else {
                byMaster.computeIfAbsent(node.master(), m -> new ArrayList<>()).add(node.id().value());
            }
        }
        if (none.isEmpty() && byMaster.size() == 1) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        byMaster.forEach((master, followers) -> parts.add(String.join(",", followers) + " name " + master));
        parts.addAll(none);
        return String.join("; ", parts);
    }
}
