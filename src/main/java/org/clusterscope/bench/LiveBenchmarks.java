package org.clusterscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.runtime.LiveCluster;

/**
 * The live figures of {@code docs/PERFORMANCE.md}: five nodes on real sockets in this process,
 * default protocol (heartbeat 1 s, ttl 3.5 s). Broadcasts are loopback datagrams to the five
 * ({@link NetworkSettings.Broadcasts#LOOPBACK}): multicast on loopback needs a multicast route,
 * which only a private network namespace (root) has, and a figure should not need root nor send
 * anything to the machine's network. Messages to one node go by TCP, as between processes.
 *
 * <p>Times come from the events' wall-clock stamps: the instant the last node named the agreed
 * master, not the instant a poll noticed it. Each figure is the median of three fresh clusters.
 */
public final class LiveBenchmarks {

    private static final int NODES = 5;
    private static final int ROUNDS = 3;
    private static final long PATIENCE_MS = 60_000;

    private LiveBenchmarks() {
    }

    /** One cluster of five, its events, and the wall-clock instant it was started. */
    private static final class Round implements AutoCloseable {

        final LiveCluster cluster = new LiveCluster(ProtocolConfig.defaults(), NetworkSettings.loopback(), 11);
        final List<SimEvent> events = new CopyOnWriteArrayList<>();
        final long started;

        Round() {
            cluster.subscribe(events::add);
            for (int i = 1; i <= NODES; i++) {
                cluster.addNode(NodeSpec.of("n" + i, freePort()));
            }
            started = cluster.now();
            cluster.nodeIds().forEach(cluster::start);
        }

        /** Waits until every running node names one master that is master, other than {@code not}; returns it. */
        NodeId awaitAgreement(NodeId not) {
            cluster.waitUntil(() -> cluster.agreedMaster().filter(m -> !m.equals(not)).isPresent(),
                    "the live nodes agreeing on a master", PATIENCE_MS);
            return cluster.agreedMaster().orElseThrow();
        }

        /** The latest instant a running node began to name {@code master}, from the events. */
        long agreedAt(NodeId master) {
            long latest = 0;
            for (NodeId id : cluster.nodeIds()) {
                if (!cluster.isRunning(id)) {
                    continue;
                }
                long since = 0;
                for (SimEvent event : events) {
                    if (event instanceof SimEvent.StateChanged s && s.node().equals(id)) {
                        since = master.equals(s.master()) ? (since == 0 ? s.time() : since) : 0;
                    }
                }
                latest = Math.max(latest, since);
            }
            return latest;
        }

        @Override
        public void close() {
            cluster.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on loopback", e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A live figure in milliseconds: the median of {@link #ROUNDS} rounds, each on five fresh nodes. */
    private abstract static class LiveFigure implements Benchmark {

        private final String name;

        LiveFigure(String name) {
            this.name = name;
        }

        /** What one round measures, in wall microseconds. */
        abstract long micros(Round round);

        @Override
        public String name() {
            return name;
        }

        @Override
        public String unit() {
            return "ms";
        }

        @Override
        public double measure() {
            double[] rounds = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                try (Round round = new Round()) {
                    rounds[r] = micros(round) / 1_000.0;
                }
            }
            return median(rounds);
        }
    }

    /** {@code live.5.convergence_ms}: from starting five nodes to every one naming the same master. */
    public static final class Convergence extends LiveFigure {

        public Convergence() {
            super("live.5.convergence_ms");
        }

        @Override
        long micros(Round round) {
            NodeId master = round.awaitAgreement(null);
            return round.agreedAt(master) - round.started;
        }
    }

    /** {@code live.5.failover_ms}: from killing the master of five to the four naming a new one. */
    public static final class Failover extends LiveFigure {

        public Failover() {
            super("live.5.failover_ms");
        }

        @Override
        long micros(Round round) {
            NodeId old = round.awaitAgreement(null);
            long kill = round.cluster.now();
            round.cluster.kill(old);
            NodeId next = round.awaitAgreement(old);
            return round.agreedAt(next) - kill;
        }
    }
}
