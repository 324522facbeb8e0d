package org.clusterscope.bench;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.engine.Engine;
import org.clusterscope.event.EventStream;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.Message;
import org.clusterscope.net.Transport;
import org.clusterscope.net.sim.SimNetwork;
import org.clusterscope.topology.Link;
import org.clusterscope.topology.Topologies;

/**
 * Hop deliveries per second on the simulated network: broadcasts flooded with the default beacon
 * hop limit over a seeded random 1,000-node graph in which every node has six links, latency with
 * jitter, nobody listening to events (as in a headless run). A hop delivery is one copy of a packet
 * reaching the far end of a link. The figure is the best of five rounds after three warm-up rounds.
 */
public final class NetBenchmark implements Benchmark {

    private static final int NODES = 1_000;
    private static final int DEGREE = 6;
    private static final int HOP_LIMIT = 16;
    private static final int BROADCASTS_PER_ROUND = 1_000;

    /** The message flooded: a beacon carries nothing the network looks at but its kind. */
    private record Beacon(int sequence) implements Message {
        public String kind() {
            return "beacon";
        }
    }

    @Override
    public String name() {
        return "net.hops_per_s";
    }

    @Override
    public String unit() {
        return "hops/s";
    }

    @Override
    public double measure() {
        return Rounds.best(NetBenchmark::round);
    }

    /**
     * Starts one flood per millisecond, from node after node, like a thousand nodes beaconing once a
     * second each; one self-rescheduling task, as a node's own beacon timer would be.
     */
    private static final class BeaconClock implements Runnable {

        private final Engine engine;
        private final Transport[] transports;
        private int sent;

        BeaconClock(Engine engine, Transport[] transports) {
            this.engine = engine;
            this.transports = transports;
        }

        void start() {
            engine.schedule(0, this);
        }

        @Override
        public void run() {
            transports[(sent * 7919) % NODES].broadcast(new Beacon(sent), HOP_LIMIT);
            if (++sent < BROADCASTS_PER_ROUND) {
                engine.schedule(SimTime.ms(1), this);
            }
        }
    }

    /** One round: a fresh network, a thousand floods started 1 ms apart, run to the end. */
    static double round(long seed) {
        Engine engine = new Engine(seed);
        SimNetwork network = new SimNetwork(engine, new EventStream(), new LinkSettings(10, 2, 0));
        List<NodeId> nodes = Topologies.create(NODES, "n");
        Transport[] transports = new Transport[NODES];
        long[] received = new long[1];
        for (int i = 0; i < NODES; i++) {
            transports[i] = network.addNode(nodes.get(i));
            transports[i].open(envelope -> received[0]++);
        }
        for (Link link : Topologies.randomRegularLinks(nodes, DEGREE, seed)) {
            network.link(link.a(), link.b());
        }
        new BeaconClock(engine, transports).start();
        long before = network.counters().arrivals();
        long start = System.nanoTime();
        engine.runFor(SimTime.seconds(60));
        double seconds = (System.nanoTime() - start) / 1e9;
        long hops = network.counters().arrivals() - before;
        if (received[0] != (long) BROADCASTS_PER_ROUND * (NODES - 1)) {
            throw new IllegalStateException("a flood missed nodes: " + received[0] + " deliveries");
        }
        return hops / seconds;
    }
}
