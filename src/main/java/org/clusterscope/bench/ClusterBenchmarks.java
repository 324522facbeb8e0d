package org.clusterscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.engine.Engine;
import org.clusterscope.event.EventStream;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;
import org.clusterscope.net.Transport;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.node.NodePorts;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.discovery.PeerDirectory;
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
                if (!sim.isRunning(id)) {
                    continue;
                }
                NodeId master = sim.master(id);
                if (master == null || master.equals(old) || (named != null && !named.equals(master))) {
                    return false;
                }
                named = master;
            }
            return named != null && sim.state(named) == NodeState.MASTER;
        }
    }

    /**
     * {@code node.bytes}: heap per idle node. 1,000 nodes discover each other and elect their
     * master over a {@link Bus} that hands every broadcast straight to every other node, so the
     * heap holds nodes and their peer tables (999 rows each) and not the simulated network's
     * packets. The figure is the heap in use after a full GC, minus the heap before the nodes
     * were built, over 1,000.
     */
    public static final class NodeBytes implements Benchmark {

        private static final int NODES = 1_000;

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
            Engine engine = new Engine(3);
            EventStream events = new EventStream();
            Bus bus = new Bus(engine);
            PeerDirectory peerRows = new PeerDirectory(); // shared, as the nodes of a simulation share it
            List<ClusterNode> nodes = new ArrayList<>(NODES);
            for (int i = 1; i <= NODES; i++) {
                NodeId id = NodeId.of("n" + i);
                NodePorts ports = new NodePorts(bus.join(id), engine::now,
                        (delay, task) -> engine.schedule(delay, task)::cancel, events,
                        engine.random().stream("node." + id + ".heartbeat"), engine.random().stream("node." + id + ".answer"));
                nodes.add(new ClusterNode(new NodeSpec(id, 8080 + i, List.of(), List.of(), null), ProtocolConfig.defaults(),
                        ports, peerRows));
            }
            nodes.forEach(ClusterNode::start);
            engine.runUntil(SimTime.ms(1_500));
            long after = usedAfterGc();
            long masters = nodes.stream().filter(n -> n.state() == NodeState.MASTER).count();
            if (masters != 1 || nodes.get(NODES - 1).peers().connectedCount() != NODES - 1) {
                throw new IllegalStateException("the 1,000 nodes did not settle: " + masters + " masters");
            }
            return (after - before) / (double) nodes.size();
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

    /**
     * A network of one instant hop: a broadcast reaches every other open node at the same
     * virtual instant, a message to one node reaches it if it is open. Only for measuring what
     * nodes themselves cost.
     */
    static final class Bus {

        private final Engine engine;
        private final List<Port> ports = new ArrayList<>();
        private long packets;

        Bus(Engine engine) {
            this.engine = engine;
        }

        Transport join(NodeId id) {
            Port port = new Port(id);
            ports.add(port);
            return port;
        }

        private final class Port implements Transport {

            private final NodeId self;
            private Receiver receiver;

            Port(NodeId self) {
                this.self = self;
            }

            @Override
            public NodeId self() {
                return self;
            }

            @Override
            public void open(Receiver next) {
                receiver = next;
            }

            @Override
            public void close() {
                receiver = null;
            }

            @Override
            public boolean isOpen() {
                return receiver != null;
            }

            @Override
            public boolean send(NodeId to, Message message) {
                for (Port port : ports) {
                    if (port.self.equals(to) && port.isOpen() && isOpen()) {
                        Envelope envelope = new Envelope(++packets, self, to, 1, message);
                        engine.schedule(0, () -> port.deliver(envelope));
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void broadcast(Message message, int hopLimit) {
                if (!isOpen() || hopLimit == 0) {
                    return;
                }
                Envelope envelope = new Envelope(++packets, self, null, 1, message);
                engine.schedule(0, () -> {
                    for (Port port : ports) {
                        if (port != this) {
                            port.deliver(envelope);
                        }
                    }
                });
            }

            private void deliver(Envelope envelope) {
                if (receiver != null) {
                    receiver.receive(envelope);
                }
            }
        }
    }
}
