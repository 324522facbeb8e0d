package org.clusterscope.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.gdb.ClusterRole;
import org.clusterscope.gdb.GdbCluster;
import org.clusterscope.gdb.Guuid;
import org.clusterscope.gdb.MemberRole;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.topology.Link;
import org.clusterscope.topology.Topologies;

/**
 * GDB sync throughput (PROTOCOL.md §7): 50 ROOT holders on a seeded random graph of degree four
 * hold 1,000 records between them, and every second each sends its records to the 49 others, hop
 * by hop. The figure is synced records merged (each compared with the receiver's own copy) per
 * wall-clock second over three simulated seconds of sync, nobody listening to events; best of five
 * rounds after three warm-up rounds.
 */
public final class GdbBenchmark implements Benchmark {

    private static final int NODES = 50;
    private static final int RECORDS = 1_000;
    private static final int DEGREE = 4;

    @Override
    public String name() {
        return "gdb.sync_records_per_s";
    }

    @Override
    public String unit() {
        return "records/s";
    }

    @Override
    public double measure() {
        return Rounds.best(GdbBenchmark::round);
    }

    static double round(long seed) {
        Simulation sim = new Simulation(seed);
        List<NodeId> ids = Topologies.create(NODES, "n");
        for (int i = 0; i < NODES; i++) {
            sim.addNode(new NodeSpec(ids.get(i), 8081 + i, List.of(), List.of(), null));
        }
        for (Link link : Topologies.randomRegularLinks(ids, DEGREE, seed)) {
            sim.link(link.a(), link.b());
        }
        GdbCluster cluster = new GdbCluster("bench", Guuid.compose(1, 1), "bench.*", 1, true, MemberRole.ROOT,
                ClusterRole.AUTONOMIC);
        cluster.addNetAssociate("net");
        Map<String, List<NodeId>> nets = new LinkedHashMap<>();
        nets.put("net", ids);
        sim.configureGdb(nets, List.of(cluster));
        ids.forEach(sim::start);
        sim.runUntil(SimTime.ms(1500));
        for (int r = 0; r < RECORDS; r++) {
            sim.apply(new Command.GdbWrite(ids.get(r % NODES), "bench.g" + (r % 10), "k" + r, "v" + r));
        }
        long before = sim.gdbRecordsMerged();
        long start = System.nanoTime();
        sim.runUntil(SimTime.ms(4500));
        double seconds = (System.nanoTime() - start) / 1e9;
        long merged = sim.gdbRecordsMerged() - before;
        if (merged < (long) RECORDS * (NODES - 1)) {
            throw new IllegalStateException("the sync merged only " + merged + " records");
        }
        return merged / seconds;
    }
}
