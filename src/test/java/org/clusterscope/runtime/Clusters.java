package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;

/**
 * Small builders and looks for the cluster stories: n1…nk on ports 8081…, rings and cliques.
 * Every simulation built here, or passed to {@link #watched}, runs under {@link StoryInvariants},
 * checked after every engine step.
 */
final class Clusters {

    private Clusters() {
    }

    static NodeId id(String name) {
        return NodeId.of(name);
    }

    static List<NodeId> ids(String... names) {
        return List.of(names).stream().map(NodeId::of).toList();
    }

    /** A simulation with nodes n1…n{count} on ports 8081…, not linked, not started. */
    static Simulation nodes(long seed, ProtocolConfig config, LinkSettings links, int count) {
        Simulation sim = watched(new Simulation(seed, config, links));
        for (int i = 1; i <= count; i++) {
            sim.addNode(NodeSpec.of("n" + i, 8080 + i));
        }
        return sim;
    }

    static Simulation nodes(long seed, int count) {
        return nodes(seed, ProtocolConfig.defaults(), LinkSettings.DEFAULTS, count);
    }

    /** {@code sim}, checked against the story invariants after every step. */
    static Simulation watched(Simulation sim) {
        StoryInvariants.watch(sim);
        return sim;
    }

    static StoryInvariants invariants(Simulation sim) {
        return StoryInvariants.watch(sim);
    }

    static Simulation ring(Simulation sim) {
        List<NodeId> ids = sim.nodeIds();
        for (int i = 0; i < ids.size(); i++) {
            sim.link(ids.get(i), ids.get((i + 1) % ids.size()));
        }
        return sim;
    }

    static Simulation clique(Simulation sim) {
        List<NodeId> ids = sim.nodeIds();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                sim.link(ids.get(i), ids.get(j));
            }
        }
        return sim;
    }

    static Simulation chain(Simulation sim) {
        List<NodeId> ids = sim.nodeIds();
        for (int i = 0; i + 1 < ids.size(); i++) {
            sim.link(ids.get(i), ids.get(i + 1));
        }
        return sim;
    }

    static void startAll(Simulation sim) {
        sim.nodeIds().forEach(sim::start);
    }

    static long seconds(double s) {
        return SimTime.ms(s * 1000);
    }

    /** The running nodes, in scenario order. */
    static List<NodeId> running(Simulation sim) {
        List<NodeId> result = new ArrayList<>();
        for (NodeSnapshot snapshot : sim.snapshots()) {
            if (snapshot.isRunning()) {
                result.add(snapshot.id());
            }
        }
        return result;
    }

    /** Whether {@code master} is master and every running node of {@code among} names it. */
    static boolean converged(Simulation sim, NodeId master, List<NodeId> among) {
        if (sim.node(master).state() != NodeState.MASTER) {
            return false;
        }
        for (NodeId id : among) {
            NodeSnapshot snapshot = sim.snapshot(id);
            if (snapshot.isRunning() && !master.equals(snapshot.master())) {
                return false;
            }
        }
        return true;
    }

    static boolean converged(Simulation sim, NodeId master) {
        return converged(sim, master, sim.nodeIds());
    }

    static NodeState state(Simulation sim, String id) {
        return sim.node(NodeId.of(id)).state();
    }
}
