package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.net.real.Protocol;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.service.QueryListener;
import org.clusterscope.protocol.service.Resolver;
import org.clusterscope.wire.Bpacket;
import org.clusterscope.wire.Field;
import org.clusterscope.wire.Packet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stories of a cluster on real sockets inside this process: broadcasts are loopback datagrams
 * (multicast needs a route that only a private network namespace has, see the process tests),
 * messages to one node go by TCP, Unix sockets or datagrams. Every wait is on a condition, with a
 * generous timeout as a safety net only.
 */
class LiveClusterTest {

    /** Short timings keep the stories brief, with five beacons of slack before a peer counts as lost on a busy machine; the waits do not depend on them. */
    private static final ProtocolConfig FAST = ProtocolConfig.defaults().withTimings(500, 2_500);
    private static final long PATIENCE_MS = 60_000;

    private final List<SimEvent> events = new CopyOnWriteArrayList<>();
    private LiveCluster cluster;

    @AfterEach
    void closeCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private List<NodeSpec> cluster(int count) throws IOException {
        cluster = new LiveCluster(FAST, NetworkSettings.loopback(), 7);
        cluster.subscribe(events::add);
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            specs.add(cluster.addNode(NodeSpec.of("n" + i, freePort())));
        }
        return specs;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static NodeId lowestPort(List<NodeSpec> specs) {
        return specs.stream().min(Comparator.comparingInt(NodeSpec::port)).orElseThrow().id();
    }

    private void awaitMaster(NodeId expected) {
        cluster.waitUntil(() -> cluster.agreedMaster().filter(expected::equals).isPresent(),
                "every running node naming " + expected + " master; now " + cluster.snapshots(), PATIENCE_MS);
    }

    @Test
    void threeNodesElectTheLowestPortAndElectAgainWhenTheMasterIsKilled() throws IOException {
        List<NodeSpec> specs = cluster(3);
        cluster.nodeIds().forEach(cluster::start);
        NodeId first = lowestPort(specs);
        awaitMaster(first);

        cluster.kill(first);
        List<NodeSpec> survivors = specs.stream().filter(s -> !s.id().equals(first)).toList();
        NodeId second = lowestPort(survivors);
        awaitMaster(second);

        for (NodeSpec survivor : survivors) {
            assertThat(cluster.snapshot(survivor.id()).lost()).as("%s lost the killed master", survivor.id())
                    .contains(first);
        }
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.PeerChanged.class,
                p -> assertThat(p.peer()).isEqualTo(first)));
    }

    @Test
    void theSimulatorsCommandsApplyAndThoseThatCannotAreRefusedAloud() throws IOException {
        List<NodeSpec> specs = cluster(3);
        NodeId n1 = NodeId.of("n1");
        NodeId n2 = NodeId.of("n2");
        NodeId n3 = NodeId.of("n3");
        for (NodeId id : cluster.nodeIds()) {
            assertThat(cluster.apply(Command.start(id))).isTrue();
        }
        NodeId first = lowestPort(specs);
        awaitMaster(first);

        // without links every pair hears each other; taking one pair's link down cuts that pair only
        assertThat(cluster.apply(new Command.LinkDown(n1, n2))).isTrue();
        cluster.waitUntil(() -> cluster.snapshot(n1).lost().contains(n2) && cluster.snapshot(n2).lost().contains(n1),
                "n1 and n2 losing each other", PATIENCE_MS);
        assertThat(cluster.snapshot(n3).connected()).containsExactly(n1, n2);
        assertThat(cluster.apply(new Command.LinkUp(n1, n2))).isTrue();
        cluster.waitUntil(() -> cluster.seeEachOther(n1, n2), "n1 and n2 hearing each other again", PATIENCE_MS);

        // a link's loss is applied under the transport: a link that loses everything cuts the pair
        assertThat(cluster.apply(new Command.SetLink(n1, n2, new LinkOverrides(5.0, null, 1.0)))).isTrue();
        cluster.waitUntil(() -> cluster.snapshot(n1).lost().contains(n2) && cluster.snapshot(n2).lost().contains(n1),
                "n1 and n2 losing each other over a link with loss 1", PATIENCE_MS);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.PacketDropped.class,
                d -> assertThat(d.reason()).isEqualTo(org.clusterscope.event.DropReason.LOSS)));
        assertThat(cluster.links()).anySatisfy(link -> {
            assertThat(link.a()).isEqualTo(n1);
            assertThat(link.b()).isEqualTo(n2);
            assertThat(link.settings().latencyMs()).isEqualTo(5.0);
        });
        assertThat(cluster.apply(new Command.SetLink(n1, n2, new LinkOverrides(null, null, 0.0)))).isTrue();
        cluster.waitUntil(() -> cluster.seeEachOther(n1, n2), "n1 and n2 hearing each other over a 5 ms link",
                PATIENCE_MS);
        // a GDB command on a cluster without GDB clusters is skipped with a warning, as in the simulation
        assertThat(cluster.apply(new Command.NetDown("net1"))).isFalse();
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.Warning.class,
                w -> assertThat(w.text()).contains("runs no GDB clusters")));

        awaitMaster(first);
        assertThat(cluster.apply(Command.killMaster())).isTrue();
        assertThat(cluster.state(first)).isEqualTo(NodeState.DOWN);
        awaitMaster(lowestPort(specs.stream().filter(s -> !s.id().equals(first)).toList()));
        assertThat(cluster.apply(Command.kill(first))).as("killing a node that is down").isFalse();
    }

    @Test
    void aNodeThatQuitsIsRecordedAsDispatchedByItsPeers() throws IOException {
        List<NodeSpec> specs = cluster(3);
        cluster.nodeIds().forEach(cluster::start);
        awaitMaster(lowestPort(specs));

        NodeId leaver = NodeId.of("n2");
        cluster.quit(leaver);

        for (NodeId peer : List.of(NodeId.of("n1"), NodeId.of("n3"))) {
            cluster.waitUntil(() -> cluster.snapshot(peer).dispatched().contains(leaver),
                    peer + " recording the goodbye of " + leaver, PATIENCE_MS);
            assertThat(cluster.snapshot(peer).lost()).doesNotContain(leaver);
        }
        assertThat(cluster.snapshot(leaver).state()).isEqualTo(NodeState.DISPATCHED);
    }

    @Test
    void aRestartedNodeIsTakenBackByItsPeers() throws IOException {
        List<NodeSpec> specs = cluster(3);
        cluster.nodeIds().forEach(cluster::start);
        awaitMaster(lowestPort(specs));

        NodeId n3 = NodeId.of("n3");
        cluster.kill(n3);
        cluster.waitUntil(() -> cluster.snapshot(NodeId.of("n1")).lost().contains(n3), "n1 losing n3", PATIENCE_MS);
        cluster.restart(n3);

        cluster.waitUntil(() -> cluster.snapshot(NodeId.of("n1")).connected().contains(n3)
                && cluster.snapshot(n3).connected().size() == 2, "n3 back among its peers", PATIENCE_MS);
        awaitMaster(lowestPort(specs));
    }

    @Test
    void theSmallSideOfAPartitionDispatchesItselfAndTheLargeSideCarriesOn() throws IOException {
        List<NodeSpec> specs = cluster(3);
        cluster.nodeIds().forEach(cluster::start);
        awaitMaster(lowestPort(specs));

        NodeId alone = NodeId.of("n3");
        cluster.partition(List.of(List.of(NodeId.of("n1"), NodeId.of("n2"))));

        cluster.waitUntil(() -> cluster.snapshot(alone).state() == NodeState.DISPATCHED,
                "n3, cut off alone, dispatching itself (lost 2 > connected 0)", PATIENCE_MS);
        NodeId expected = lowestPort(specs.subList(0, 2));
        awaitMaster(expected);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.PacketDropped.class,
                d -> assertThat(d.reason().jsonName()).isEqualTo("partition")));
    }

    @Test
    void inPrivateModeANodeHearsThePeersThatUpLinksThroughRunningNodesJoinItTo() throws IOException {
        cluster(4);
        NodeId n1 = NodeId.of("n1");
        NodeId n2 = NodeId.of("n2");
        NodeId n3 = NodeId.of("n3");
        NodeId n4 = NodeId.of("n4");
        cluster.link(n1, n2);
        cluster.link(n2, n3);
        cluster.nodeIds().forEach(cluster::start);

        // a chain: n2 relays between n1 and n3, as in the simulator (PROTOCOL.md §6)
        cluster.waitUntil(() -> cluster.snapshot(n2).connected().containsAll(List.of(n1, n3))
                && cluster.snapshot(n1).connected().containsAll(List.of(n2, n3))
                && cluster.snapshot(n3).connected().containsAll(List.of(n1, n2)),
                "the chain n1-n2-n3 hearing each other", PATIENCE_MS);
        // n4 is linked to nobody: nobody takes its packets, however long they run
        cluster.waitUntil(() -> events.stream().anyMatch(e -> e instanceof SimEvent.PacketDropped d
                && d.at().equals(n1) && n4.equals(d.next())), "n1 dropping a packet of n4", PATIENCE_MS);
        assertThat(cluster.snapshot(n1).connected()).doesNotContain(n4);
        assertThat(cluster.snapshot(n4).connected()).isEmpty();
    }

    @Test
    void aBeaconCarriedOverMoreHopsThanBeaconHopsAllowsIsRefusedAsInTheSimulation() throws IOException {
        cluster = new LiveCluster(FAST.withBeaconHops(1), NetworkSettings.loopback(), 7);
        cluster.subscribe(events::add);
        for (int i = 1; i <= 3; i++) {
            cluster.addNode(NodeSpec.of("n" + i, freePort()));
        }
        NodeId n1 = NodeId.of("n1");
        NodeId n2 = NodeId.of("n2");
        NodeId n3 = NodeId.of("n3");
        cluster.link(n1, n2);
        cluster.link(n2, n3);
        cluster.nodeIds().forEach(cluster::start);

        // a chain with beaconHops 1: n2 hears both ends, the ends are two hops apart and never hear each other
        cluster.waitUntil(() -> cluster.snapshot(n2).connected().containsAll(List.of(n1, n3))
                && cluster.snapshot(n1).connected().contains(n2) && cluster.snapshot(n3).connected().contains(n2),
                "each end of the chain hearing n2", PATIENCE_MS);
        cluster.waitUntil(() -> events.stream().anyMatch(e -> e instanceof SimEvent.PacketDropped d && d.at().equals(n3)
                && n1.equals(d.next()) && d.reason() == org.clusterscope.event.DropReason.HOP_LIMIT),
                "n3 refusing a broadcast of n1 two hops away", PATIENCE_MS);
        assertThat(cluster.snapshot(n1).connected()).doesNotContain(n3);
        assertThat(cluster.snapshot(n3).connected()).doesNotContain(n1);

        // the same chain in the simulation: the ends never hear each other either
        Simulation simulation = new Simulation(7, FAST.withBeaconHops(1), org.clusterscope.net.LinkSettings.DEFAULTS);
        for (int i = 1; i <= 3; i++) {
            simulation.addNode(NodeSpec.of("n" + i, 8080 + i));
        }
        simulation.link(n1, n2);
        simulation.link(n2, n3);
        simulation.nodeIds().forEach(simulation::start);
        simulation.runUntil(10_000_000);
        assertThat(simulation.snapshot(n1).connected()).containsExactly(n2);
        assertThat(simulation.snapshot(n3).connected()).containsExactly(n2);
    }

    @Test
    void aMessageFallsBackToTheNextProtocolWhenTcpIsBlocked() throws IOException {
        cluster(2);
        NodeId n1 = NodeId.of("n1");
        NodeId n2 = NodeId.of("n2");
        cluster.nodeIds().forEach(cluster::start);
        cluster.waitUntil(() -> cluster.snapshot(n1).connected().contains(n2), "n1 seeing n2", PATIENCE_MS);

        assertThat(ask(n1, n2)).as("answer by tcp").isNotNull();
        long unixBefore = cluster.transport(n1).carried(Protocol.UNIX);
        long datagramsAtFirst = cluster.transport(n1).carried(Protocol.MULTICAST);

        cluster.block(n2, Protocol.TCP);
        awaitClosed(n1, n2, Protocol.TCP);
        assertThat(ask(n1, n2)).as("answer while n2 refuses tcp").isNotNull();
        // the sender counts a packet once its write returned, which may be just after the answer came;
        // on a starved machine a unix write may fail too, and then the datagram after it carries the query
        cluster.waitUntil(() -> cluster.transport(n1).carried(Protocol.UNIX) > unixBefore
                || (warned("n1 to n2: unix failed") && cluster.transport(n1).carried(Protocol.MULTICAST) > datagramsAtFirst),
                "a packet by unix, the protocol after tcp", PATIENCE_MS);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.Warning.class,
                w -> assertThat(w.text()).contains("n1 to n2: tcp failed")));

        long datagramsBefore = cluster.transport(n1).carried(Protocol.MULTICAST);
        cluster.block(n2, Protocol.UNIX);
        awaitClosed(n1, n2, Protocol.UNIX);
        assertThat(ask(n1, n2)).as("answer while n2 refuses tcp and unix").isNotNull();
        cluster.waitUntil(() -> cluster.transport(n1).carried(Protocol.MULTICAST) > datagramsBefore,
                "a packet by datagram", PATIENCE_MS);
    }

    private boolean warned(String text) {
        return events.stream().anyMatch(e -> e instanceof SimEvent.Warning w && w.text().contains(text));
    }

    /**
     * Waits until {@code from} has seen its connections to {@code to} by {@code protocol} close:
     * a packet written in the instant before would be lost, as on any real network.
     */
    private void awaitClosed(NodeId from, NodeId to, Protocol protocol) {
        cluster.waitUntil(() -> !cluster.transport(from).connectedBy(to).contains(protocol),
                from + " seeing its " + protocol.label() + " connection to " + to + " close", PATIENCE_MS);
    }

    /** n1 asks n2 a query and waits for the answer; null if none came. */
    private String ask(NodeId asker, NodeId peer) {
        List<String> answers = new CopyOnWriteArrayList<>();
        cluster.onNode(asker, node -> node.services().query(Resolver.any().has(List.of()), "status", 30_000_000,
                new QueryListener() {
                    @Override
                    public void response(NodeId from, String result) {
                        if (from.equals(peer)) {
                            answers.add(result == null ? "" : result);
                        }
                    }
                }));
        cluster.waitUntil(() -> !answers.isEmpty(), peer + " answering " + asker, PATIENCE_MS);
        return answers.get(0);
    }

    @Test
    void aTclMembersPacketsThatMeanNothingToANodeAreSkippedAndTheNextAreRead() throws IOException {
        cluster(1);
        NodeId n1 = NodeId.of("n1");
        cluster.start(n1);
        Packet flush = Packet.builder().add(Field.SID, "tclmember").add(Field.HID, cluster.hostId()).add(Field.TYPE, 7)
                .add(Field.CHANNEL, 0).add(Field.PROTOCOLS, List.of("t", "c")).build();
        Packet beacon = Packet.builder().add(Field.SID, "tclmember").add(Field.HID, cluster.hostId())
                .add(Field.TYPE, 1).add(Field.CHANNEL, 0).add(Field.PROTOCOLS, List.of("t", "c"))
                .add(Field.DATA, "t {port 9}").add(Field.TAGS, List.of("tcl")).build();
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                cluster.transport(n1).tcpPort()))) {
            channel.write(ByteBuffer.wrap(Bpacket.encode(flush)));
            channel.write(ByteBuffer.wrap(Bpacket.encode(beacon)));
            cluster.waitUntil(() -> cluster.isConnected(n1, NodeId.of("tclmember")), "n1 hearing the Tcl member",
                    PATIENCE_MS);
        }
        assertThat(cluster.malformedPackets()).isZero();
    }

    @Test
    void aMalformedPacketIsCountedAndTheNodeCarriesOn() throws IOException {
        List<NodeSpec> specs = cluster(2);
        cluster.nodeIds().forEach(cluster::start);
        NodeId n1 = NodeId.of("n1");
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                cluster.transport(n1).tcpPort()))) {
            // a well-framed packet whose body names field 99, which the template does not have (BPACKET.md)
            channel.write(ByteBuffer.wrap(new byte[] {(byte) 0xC0, (byte) 0x8D, 0x02, 0x63, 0x00, 0x00, 0x00}));
            cluster.waitUntil(() -> cluster.malformedPackets() == 1, "the malformed packet counted", PATIENCE_MS);
        }
        awaitMaster(lowestPort(specs));
        NodeSnapshot n1Now = cluster.snapshot(n1);
        assertThat(n1Now.isRunning()).isTrue();
    }
}
