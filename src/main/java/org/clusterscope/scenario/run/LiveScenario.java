package org.clusterscope.scenario.run;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.LiveCluster;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.LinkPairs;
import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Scenario;

/**
 * Starts a scenario's topology as real nodes in this process, on loopback: the same ids, tags,
 * links (as allowed-peer filters), link latency and loss (as a delaying, dropping layer), GDB
 * clusters (laid out by {@link GdbLayout}, as for the simulation), start times and timed commands
 * as the simulation of the file, with wall time since the launch as the
 * scenario's time.
 *
 * <p>Two windows must never hear each other, in one process or two: each launch takes a group of
 * its own in the administratively scoped range 239.0.0.0/8 (never routed off a site, RFC 2365)
 * and a free datagram port, and a block of free TCP ports that keeps the file's port order, so the
 * {@code port} strategy elects the same node as in the simulation. Broadcasts are real multicast
 * where loopback routes it (a private network namespace), loopback datagrams to each node otherwise
 * (see {@link NetworkSettings.Broadcasts#LOOPBACK}).
 */
public final class LiveScenario {

    private static final AtomicInteger LAUNCHES = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private LiveScenario() {
    }

    /** A command of the scenario file, or a node's start, at its time since the run began. */
    public record Timed(long at, Command command) {
    }

    /**
     * A live cluster built from a scenario, nodes added and none started: {@code schedule} says
     * when each starts and when the file's commands apply; {@code description} names the group and
     * ports in use.
     */
    public record Built(LiveCluster cluster, List<Timed> schedule, String description) {
    }

    /** Builds the live cluster of {@code scenario}, nodes added but not started. */
    public static Built build(Scenario scenario) {
        List<ResolvedNode> nodes = scenario.roster().nodes();
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("the topology has no nodes to start");
        }
        InetSocketAddress group = privateGroup();
        NetworkSettings network = NetworkSettings.loopback().withGroup(group);
        if (multicastRouted()) {
            network = network.withBroadcasts(NetworkSettings.Broadcasts.MULTICAST);
        }
        int lowest = nodes.stream().mapToInt(ResolvedNode::port).min().orElseThrow();
        int highest = nodes.stream().mapToInt(ResolvedNode::port).max().orElseThrow();
        int base = freeBlock(highest - lowest + 1);
        LiveCluster cluster = new LiveCluster(scenario.protocol(), network, scenario.seed());
        try {
            cluster.setDefaultLink(scenario.network());
            List<Timed> schedule = new ArrayList<>();
            int tcpLow = Integer.MAX_VALUE;
            int tcpHigh = 0;
            for (ResolvedNode node : nodes) {
                NodeSpec spec = cluster.addNode(new NodeSpec(NodeId.of(node.id()), base + node.port() - lowest,
                        node.tags(), node.channels(), null));
                tcpLow = Math.min(tcpLow, spec.port());
                tcpHigh = Math.max(tcpHigh, spec.port());
                if (!node.startAt().isNever()) {
                    schedule.add(new Timed(node.startAt().micros(), Command.start(spec.id())));
                }
            }
            for (LinkDef link : scenario.links()) {
                LinkSettings settings = link.overrides().isEmpty() ? null : scenario.network().with(link.overrides());
                for (List<String> pair : LinkPairs.of(link)) {
                    cluster.link(NodeId.of(pair.get(0)), NodeId.of(pair.get(1)), settings);
                }
            }
            GdbLayout gdb = GdbLayout.of(scenario);
            if (gdb != null) {
                cluster.configureGdb(gdb.nets(), gdb.clusters());
            }
            for (EventDef event : scenario.events()) {
                schedule.add(new Timed(event.at().micros(), event.command()));
            }
            String broadcasts = network.broadcasts() == NetworkSettings.Broadcasts.MULTICAST
                    ? "multicast " + group.getAddress().getHostAddress() + ":" + group.getPort()
                    : "group " + group.getAddress().getHostAddress() + ":" + group.getPort()
                            + " (loopback datagrams: no multicast route)";
            String description = broadcasts + ", TCP " + tcpLow + (tcpHigh > tcpLow ? "–" + tcpHigh : "");
            return new Built(cluster, schedule, description);
        } catch (RuntimeException failure) {
            cluster.close();
            throw failure;
        }
    }

    /** The log's first line of a live run: where it is, and where a replay in the simulation may differ. */
    public static String note(String description) {
        return "live on real sockets: " + description + ". Times are wall time since the start. "
                + "A replay in the simulation (record mode) applies the same commands at the same times; it may "
                + "differ in timings (the real scheduler's jitter, socket and thread delays, the order of packets "
                + "sent within a few ms), so a role may change some ms earlier or later, and a close race may go "
                + "the other way.";
    }

    /** A group of 239.255.x.y with a free datagram port; x.y drawn at random per launch. */
    static InetSocketAddress privateGroup() {
        int n = LAUNCHES.incrementAndGet();
        int x = (int) ((ProcessHandle.current().pid() + RANDOM.nextInt(256)) & 0xff);
        int y = (n + RANDOM.nextInt(250)) % 250 + 1;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 239, (byte) 255, (byte) x, (byte) y}),
                    socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("no free datagram port on loopback: " + e.getMessage());
        }
    }

    /** The first of {@code count} consecutive free TCP ports on loopback. */
    static int freeBlock(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + RANDOM.nextInt(40_000 - count);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IllegalStateException("no block of " + count + " free TCP ports on loopback");
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException busy) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether loopback carries multicast: a route for 224.0.0.0/4 on {@code lo}, as a private
     * network namespace has. Without one, multicast would take the default route out of the
     * machine, which a class demo must not do.
     */
    static boolean multicastRouted() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/net/route"))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 7 && fields[0].equals("lo") && fields[1].equalsIgnoreCase("000000E0")) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return false; // not Linux, or no /proc: loopback datagrams always work
        }
        return false;
    }
}
