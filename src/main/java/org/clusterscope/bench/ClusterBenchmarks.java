package org.clusterscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.sim.LinkSettings;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.node.ProtocolConfig;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.topology.Link;
import org.clusterscope.topology.Topologies;

/**
 * The cluster figures of {@code docs/PERFORMANCE.md}: how fast a large cluster simulates, how
 * quickly a hundred nodes agree on a new master, and what an idle node costs in memory. Each
 * figure is its own {@link Benchmark}, registered for the {@code bench} command.
 */
public final class ClusterBenchmarks {

    private ClusterBenchmarks() {
    }

    /** A cluster of {@code count} nodes n1… on ports 8081… over a seeded random graph of degree 6. */
    static Simulation randomCluster(int count, long seed, ProtocolConfig config) {
        Simulation sim = new Simulation(seed, config, LinkSettings.DEFAULTS);
        List<NodeId> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            NodeId id = NodeId.of("n" + i);
            ids.add(id);
            sim.addNode(new NodeSpec(id, 8080 + i, List.of(), List.of(), null));
        }
        for (Link link : Topologies.randomRegularLinks(ids, 6, seed)) {
            sim.link(link.a(), link.b());
        }
        return sim;
    }

    /**
     * {@code cluster.1000.realtime_factor}: 1,000 nodes, heartbeat 1 s, quorum, simulated for 60
     * virtual seconds from their start; virtual seconds per wall second. Nobody listens to the
     * events, as in a headless run.
     */
    public static final class RealtimeFactor implements Benchmark {

        @Override
        public String name() {
            return "cluster.1000.realtime_factor";
        }

        @Override
        public String unit() {
            return "virtual s/s";
        }

        @Override
        public double measure() {
            Simulation sim = randomCluster(1_000, 42, ProtocolConfig.defaults());
            sim.nodeIds().forEach(sim::start);
            long wallStart = System.nanoTime();
            sim.runUntil(SimTime.seconds(60));
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            if (sim.currentMaster().isEmpty()) {
                throw new IllegalStateException("the 1,000 nodes elected no master in 60 s");
            }
            return 60 / wallSeconds;
        }
    }

    /**
     * {@code cluster.100.convergence_ms}: 100 nodes settle on a master; it is killed; the figure is
     * the virtual time from the kill until every survivor names the same new master.
     */
    public static final class Convergence implements Benchmark {

        @Override
        public String name() {
            return "cluster.100.convergence_ms";
        }

        @Override
        public String unit() {
            return "ms";
        }

        @Override
        public double measure() {
            ProtocolConfig config = ProtocolConfig.defaults();
            Simulation sim = randomCluster(100, 7, config);
            sim.nodeIds().forEach(sim::start);
            sim.runUntil(SimTime.seconds(10));
            Optional<NodeId> master = sim.currentMaster();
            if (master.isEmpty()) {
                throw new IllegalStateException("the 100 nodes elected no master in 10 s");
            }
            long kill = sim.now();
            sim.kill(master.get());
            sim.waitUntil(() -> agreeOnNewMaster(sim, master.get()), "every survivor naming one new master",
                    SimTime.seconds(60));
            return SimTime.toMsExact(sim.now() - kill);
        }

        private static boolean agreeOnNewMaster(Simulation sim, NodeId old) {
            NodeId named = null;
            for (NodeId id : sim.nodeIds()) {
                ClusterNode node = sim.node(id);
                if (!node.isRunning()) {
                    continue;
                }
                NodeId master = node.master();
                if (master == null || master.equals(old) || (named != null && !named.equals(master))) {
                    return false;
                }
                named = master;
            }
            return named != null && sim.node(named).state() == NodeState.MASTER;
        }
    }

    /**
     * {@code node.bytes}: heap per idle node, from the heap in use after a full GC with 1,000
     * nodes that know each other and have elected their master (each holds 999 peer rows),
     * minus the heap before they were built, over 1,000. Packets in flight are included, as
     * they are part of what a running cluster costs.
     */
    public static final class NodeBytes implements Benchmark {

        @Override
        public String name() {
            return "node.bytes";
        }

        @Override
        public String unit() {
            return "bytes/node";
        }

        @Override
        public double measure() throws InterruptedException {
            long before = usedAfterGc();
            Simulation sim = randomCluster(1_000, 3, ProtocolConfig.defaults());
            sim.nodeIds().forEach(sim::start);
            sim.runUntil(SimTime.ms(1_500));
            long after = usedAfterGc();
            if (sim.currentMaster().isEmpty()) {
                throw new IllegalStateException("the 1,000 nodes elected no master in 1.5 s");
            }
            double perNode = (after - before) / 1_000.0;
            // keep the simulation reachable until the heap has been measured
            return sim.nodeIds().size() == 1_000 ? perNode : -1;
        }

        private static long usedAfterGc() throws InterruptedException {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50);
            }
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }
}
