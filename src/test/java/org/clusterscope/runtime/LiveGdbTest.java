package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gdb.ClusterRole;
import org.clusterscope.gdb.GdbCluster;
import org.clusterscope.gdb.Guuid;
import org.clusterscope.gdb.MemberRole;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.wire.Bpacket;
import org.clusterscope.wire.Field;
import org.clusterscope.wire.Packet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The GDB layer on real sockets (PROTOCOL.md §7): live nodes in this process, each on its own
 * thread, sharing one realm; their syncs travel over TCP as the {@code gdb} event of WIRE.md.
 * Every wait is on a condition, with a generous timeout as a safety net only.
 */
class LiveGdbTest {

    private static final ProtocolConfig FAST = ProtocolConfig.defaults().withTimings(500, 2_500);
    private static final long PATIENCE_MS = 60_000;
    private static final String G = "c.gdb.g";
    private static final NodeId N1 = NodeId.of("n1");
    private static final NodeId N2 = NodeId.of("n2");
    private static final NodeId N3 = NodeId.of("n3");

    private final List<SimEvent> events = new CopyOnWriteArrayList<>();
    private LiveCluster cluster;

    @AfterEach
    void closeCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Three live nodes on one network "net", a cluster "c" in which everyone is ROOT, all started and seeing each other. */
    private void threeHoldersRunning() throws IOException {
        cluster = new LiveCluster(FAST, NetworkSettings.loopback(), 11);
        cluster.subscribe(events::add);
        for (int i = 1; i <= 3; i++) {
            cluster.addNode(NodeSpec.of("n" + i, freePort()));
        }
        GdbCluster c = GdbCluster.withTtlMicros("c", Guuid.compose(1, 2), "c.gdb.*", 3_600_000_000L, true,
                MemberRole.ROOT, ClusterRole.AUTONOMIC);
        c.addNetAssociate("net");
        Map<String, List<NodeId>> nets = new LinkedHashMap<>();
        nets.put("net", List.of(N1, N2, N3));
        cluster.configureGdb(nets, List.of(c));
        cluster.nodeIds().forEach(cluster::start);
        cluster.waitUntil(() -> cluster.seeEachOther(N1, N2) && cluster.seeEachOther(N1, N3)
                && cluster.seeEachOther(N2, N3), "the three nodes seeing each other", PATIENCE_MS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private boolean holds(NodeId node, String key, String value) {
        return cluster.gdbValue(node, G, key).filter(value::equals).isPresent();
    }

    private long count(Class<? extends SimEvent> type, java.util.function.Predicate<SimEvent> which) {
        return events.stream().filter(type::isInstance).filter(which).count();
    }

    @Test
    void aWriteOnOneLiveNodeReachesTheOthersBySyncsOverTheSockets() throws IOException {
        threeHoldersRunning();

        assertThat(cluster.apply(new Command.GdbWrite(N1, G, "k", "v"))).isTrue();

        for (NodeId peer : List.of(N2, N3)) {
            cluster.waitUntil(() -> holds(peer, "k", "v"), peer + " holding k=v written on n1", PATIENCE_MS);
        }
        // the record crossed the sockets: a sync packet delivered to each peer, merged there
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.PacketDelivered.class,
                d -> {
                    assertThat(d.kind()).isEqualTo("gdb.sync");
                    assertThat(d.receiver()).isEqualTo(N3);
                }));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.GdbSyncMerged.class,
                m -> {
                    assertThat(m.node()).isEqualTo(N2);
                    assertThat(m.from()).isEqualTo(N1);
                    assertThat(m.changed()).isEqualTo(1);
                }));
        // the copies are the very version n1 wrote, owner and timestamp included
        assertThat(cluster.gdbReplicas(N3)).isEqualTo(cluster.gdbReplicas(N1));
        GdbPicture picture = cluster.gdbPicture();
        assertThat(picture.clusters()).singleElement().satisfies(c -> assertThat(c.online()).isTrue());
        assertThat(picture.recordsOf(N2)).singleElement().satisfies(r -> assertThat(r.writer()).isEqualTo(N1));
        assertThat(cluster.malformedPackets()).isZero();
    }

    @Test
    void netDownStopsTheGdbSoARestartedHolderStaysBehindAndNetUpConvergesItAgain() throws IOException {
        threeHoldersRunning();
        cluster.kill(N3);
        assertThat(cluster.apply(new Command.GdbWrite(N1, G, "k", "v1"))).isTrue();
        cluster.waitUntil(() -> holds(N2, "k", "v1"), "n2 holding v1 while n3 is down", PATIENCE_MS);

        assertThat(cluster.apply(new Command.NetDown("net"))).isTrue();
        assertThat(cluster.apply(new Command.GdbWrite(N1, G, "k", "v2"))).as("a write while offline").isFalse();
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.GdbRefused.class,
                r -> assertThat(r.reason()).isEqualTo("cluster c is offline")));
        cluster.restart(N3);
        cluster.waitUntil(() -> cluster.seeEachOther(N1, N3) && cluster.seeEachOther(N2, N3), "n3 back among its peers",
                PATIENCE_MS);
        long syncsBefore = count(SimEvent.GdbSyncSent.class, e -> true);
        // n3 runs and hears n1: let n1 beacon three more times (more than a sync period at 500 ms) in which an online GDB would have synced
        long beaconsNow = count(SimEvent.PacketDelivered.class, e -> isBeacon(e, N1, N3));
        cluster.waitUntil(() -> count(SimEvent.PacketDelivered.class, e -> isBeacon(e, N1, N3)) >= beaconsNow + 3,
                "three more beacons of n1 at n3", PATIENCE_MS);
        assertThat(cluster.gdbValue(N3, G, "k")).as("n3 while the network is down").isEmpty();
        assertThat(count(SimEvent.GdbSyncSent.class, e -> true)).as("syncs while offline").isEqualTo(syncsBefore);

        assertThat(cluster.apply(new Command.NetUp("net"))).isTrue();
        cluster.waitUntil(() -> holds(N3, "k", "v1"), "n3 catching up once the network is up", PATIENCE_MS);
        assertThat(cluster.gdbReplicas(N3)).isEqualTo(cluster.gdbReplicas(N1)).isEqualTo(cluster.gdbReplicas(N2));
        assertThat(events).filteredOn(SimEvent.GdbClusterChanged.class::isInstance)
                .extracting(e -> ((SimEvent.GdbClusterChanged) e).online()).containsExactly(true, false, true);
    }

    private static boolean isBeacon(SimEvent e, NodeId from, NodeId to) {
        return e instanceof SimEvent.PacketDelivered d && d.kind().equals("beacon") && d.sender().equals(from)
                && d.receiver().equals(to);
    }

    @Test
    void aMalformedGdbSyncIsDroppedAndCountedAndTheNodeCarriesOn() throws IOException {
        threeHoldersRunning();
        // a gdb event whose record promises 200 records in a handful of bytes
        byte[] record = {0x01, 'c', (byte) 0xC8, 0x01, 0x00};
        Packet bad = Packet.builder().add(Field.FILTER, List.of("n1")).add(Field.SID, "n2").add(Field.TYPE, 6L)
                .add(Field.CHANNEL, 67L).add(Field.OP, "gdb").add(Field.RAW, record).build();
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                cluster.transport(N1).tcpPort()))) {
            channel.write(ByteBuffer.wrap(Bpacket.encode(bad)));
            cluster.waitUntil(() -> cluster.malformedPackets() == 1, "the malformed sync counted", PATIENCE_MS);
        }
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.Warning.class,
                w -> assertThat(w.text()).contains("n1 dropped a malformed packet").contains("gdb")));
        assertThat(cluster.state(N1).isRunning()).isTrue();
        assertThat(cluster.apply(new Command.GdbWrite(N2, G, "after", "yes"))).isTrue();
        cluster.waitUntil(() -> holds(N1, "after", "yes"), "n1 still merging good syncs", PATIENCE_MS);
    }

    @Test
    void aSyncToAStoppedHolderFailsAtOnceInsteadOfTryingEveryProtocol() throws IOException {
        threeHoldersRunning();
        cluster.kill(N3);
        assertThat(cluster.apply(new Command.GdbWrite(N1, G, "k", "v"))).isTrue();
        cluster.waitUntil(() -> events.stream().anyMatch(e -> e instanceof SimEvent.PacketDropped d
                && d.kind().equals("gdb.sync") && d.at().equals(N1) && N3.equals(d.next())),
                "n1's sync to the stopped n3 dropped at n1", PATIENCE_MS);
        assertThat(events).noneMatch(e -> e instanceof SimEvent.Warning w && w.text().startsWith("n1 to n3"));
        assertThat(cluster.state(N3)).isEqualTo(NodeState.DOWN);
    }

    @Test
    void aGdbSyncPacketReadsBackAsTheSyncThatWasWritten() throws Exception {
        GdbCluster c = GdbCluster.withTtlMicros("c", Guuid.compose(1, 2), "c.gdb.*", 5_000_000, true, MemberRole.ROOT,
                ClusterRole.AUTONOMIC);
        List<org.clusterscope.gdb.GdbRecord> records = new ArrayList<>();
        org.clusterscope.gdb.Version first = new org.clusterscope.gdb.Version(1_733_390_000_123_456L, N1, 0, 1);
        records.add(new org.clusterscope.gdb.GdbRecord(G, "k", "välue", first, N1, null, 1_733_390_005_123_456L));
        records.add(new org.clusterscope.gdb.GdbRecord(G, "gone", null,
                new org.clusterscope.gdb.Version(2_000, N2, 1, 7), N1, first, 5_002_000));
        records.add(new org.clusterscope.gdb.GdbRecord("local", "x", "", first, N3, null, Long.MAX_VALUE));
        org.clusterscope.gdb.GdbSync sync = new org.clusterscope.gdb.GdbSync(c.name(), records);

        Packet packet = Bpacket.decode(Bpacket.encode(GdbSyncPacket.write(N2, sync, N1)));

        assertThat(GdbSyncPacket.is(packet)).isTrue();
        assertThat(GdbSyncPacket.read(packet)).isEqualTo(sync);
        assertThat(packet.list(Field.FILTER)).containsExactly("n1");
        // cut anywhere inside the record, it is refused, never misread
        byte[] raw = (byte[]) packet.get(Field.RAW);
        for (int cut = 0; cut < raw.length; cut++) {
            Packet shorter = Packet.builder().add(Field.SID, "n2").add(Field.TYPE, 6L).add(Field.CHANNEL, 67L)
                    .add(Field.OP, "gdb").add(Field.RAW, java.util.Arrays.copyOf(raw, cut)).build();
            int at = cut;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> GdbSyncPacket.read(shorter))
                    .as("record cut at %d of %d bytes", at, raw.length)
                    .isInstanceOf(org.clusterscope.net.MalformedPacketException.class);
        }
    }
}
