package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gdb.ClusterRole;
import org.clusterscope.gdb.GdbCluster;
import org.clusterscope.gdb.GdbRecord;
import org.clusterscope.gdb.Guuid;
import org.clusterscope.gdb.MemberRole;

/** How records spread, conflict and expire across a network that fails (PROTOCOL.md §7). */
class GdbStoriesTest {

    private static final String G = "c.gdb.g";

    private static GdbCluster cluster(long ttlMicros, MemberRole defaultRole) {
        GdbCluster cluster = GdbCluster.withTtlMicros("c", Guuid.compose(1, 2), "c.gdb.*", ttlMicros, true, defaultRole,
                ClusterRole.AUTONOMIC);
        cluster.addNetAssociate("net");
        return cluster;
    }

    private static Map<String, List<NodeId>> net(String... ids) {
        Map<String, List<NodeId>> nets = new LinkedHashMap<>();
        nets.put("net", ids(ids));
        return nets;
    }

    private static boolean write(Simulation sim, String node, String key, String value) {
        return sim.apply(new Command.GdbWrite(id(node), G, key, value));
    }

    @Test
    void aRecordTravelsHopByHopAcrossThreeHopsThroughNodesThatHoldNothing() {
        Simulation sim = chain(nodes(3, 4));
        GdbCluster cluster = cluster(seconds(3600), MemberRole.NOBODY);
        cluster.memberAdd(id("n1"), MemberRole.ROOT).memberAdd(id("n4"), MemberRole.GUEST);
        sim.configureGdb(net("n1", "n2", "n3", "n4"), List.of(cluster));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(2.5));

        assertThat(write(sim, "n1", "k", "v")).isTrue();
        sim.runUntil(seconds(3.2));

        assertThat(sim.gdbValue(id("n4"), G, "k")).contains("v");
        assertThat(sim.gdbValue(id("n2"), G, "k")).isEmpty();
        assertThat(sim.gdbValue(id("n3"), G, "k")).isEmpty();
        assertThat(log.of(SimEvent.PacketDelivered.class, e -> e.kind().equals("gdb.sync")))
                .allSatisfy(e -> assertThat(e.hops()).isEqualTo(3))
                .anySatisfy(e -> assertThat(e.receiver()).isEqualTo(id("n4")));
    }

    @Test
    void aRecordExpiresOnEveryReplicaAtItsLatestTimestampPlusTheTtl() {
        Simulation sim = ring(nodes(4, 3));
        sim.configureGdb(net("n1", "n2", "n3"), List.of(cluster(seconds(5), MemberRole.ROOT)));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(1.5));
        write(sim, "n1", "short", "a");
        write(sim, "n1", "long", "b");
        sim.runUntil(seconds(3.5));
        write(sim, "n2", "long", "c");

        sim.runUntil(seconds(6.5) - 1);
        for (String n : List.of("n1", "n2", "n3")) {
            assertThat(sim.gdbValue(id(n), G, "short")).as(n).contains("a");
        }
        sim.runUntil(seconds(6.5));
        for (String n : List.of("n1", "n2", "n3")) {
            assertThat(sim.gdbValue(id(n), G, "short")).as(n).isEmpty();
            assertThat(sim.gdbValue(id(n), G, "long")).as(n).contains("c");
        }
        assertThat(log.of(SimEvent.GdbExpired.class, e -> e.key().equals("short")))
                .extracting(SimEvent.GdbExpired::node).containsExactlyInAnyOrder(id("n1"), id("n2"), id("n3"));
        sim.runUntil(seconds(8.5));
        for (String n : List.of("n1", "n2", "n3")) {
            assertThat(sim.gdbValue(id(n), G, "long")).as(n).isEmpty();
            assertThat(sim.gdbRecords(id(n))).as(n).isEmpty();
        }
    }

    @Test
    void bothSidesOfAPartitionWriteOneKeyAndEveryReplicaConvergesAfterTheHeal() {
        Simulation sim = clique(nodes(5, 5));
        sim.configureGdb(net("n1", "n2", "n3", "n4", "n5"), List.of(cluster(seconds(3600), MemberRole.ROOT)));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(3));
        sim.partition(List.of(ids("n1", "n2", "n3"), ids("n4", "n5")));
        sim.runUntil(seconds(4));
        write(sim, "n5", "k", "small side");
        sim.runUntil(seconds(4.5));
        write(sim, "n2", "k", "big side");
        sim.runUntil(seconds(6.2));

        assertThat(sim.gdbValue(id("n4"), G, "k")).contains("small side");
        assertThat(sim.gdbValue(id("n1"), G, "k")).contains("big side");
        sim.runUntil(seconds(9));
        assertThat(state(sim, "n4")).as("the quorum shuts the smaller side down").isEqualTo(NodeState.DISPATCHED);

        sim.heal();
        for (NodeId n : ids("n4", "n5")) {
            sim.start(n);
        }
        sim.runUntil(seconds(12));

        GdbRecord reference = sim.gdbRecords(id("n1")).get(0);
        assertThat(reference.value()).isEqualTo("big side");
        for (NodeId n : sim.nodeIds()) {
            assertThat(sim.gdbRecords(n)).as(n.value()).containsExactly(reference);
        }
        assertThat(log.of(SimEvent.GdbConflict.class)).isNotEmpty().allSatisfy(c -> {
            assertThat(c.keptValue()).isEqualTo("big side");
            assertThat(c.droppedValue()).isEqualTo("small side");
        });
    }

    @Test
    void onEqualTimestampsTheWriterLaterInScenarioOrderWinsEverywhere() {
        Simulation sim = ring(nodes(6, 3));
        sim.configureGdb(net("n1", "n2", "n3"), List.of(cluster(seconds(3600), MemberRole.ROOT)));
        startAll(sim);
        sim.runUntil(seconds(1.5));
        write(sim, "n3", "k", "from n3");
        write(sim, "n1", "k", "from n1");
        sim.runUntil(seconds(4));

        for (NodeId n : sim.nodeIds()) {
            assertThat(sim.gdbValue(n, G, "k")).as(n.value()).contains("from n3");
        }
    }

    @Test
    void anOfflineNetworkStopsItsCluster() {
        Simulation sim = ring(nodes(8, 3));
        sim.configureGdb(net("n1", "n2", "n3"), List.of(cluster(seconds(3600), MemberRole.ROOT)));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(1.5));
        write(sim, "n1", "k", "v1");
        sim.runUntil(seconds(3.5));

        sim.apply(new Command.NetDown("net"));
        long down = sim.now();
        assertThat(write(sim, "n1", "k", "v2")).isFalse();
        sim.runUntil(seconds(6.5));

        assertThat(log.of(SimEvent.GdbRefused.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("cluster c is offline"));
        assertThat(log.of(SimEvent.PacketSent.class, e -> e.kind().equals("gdb.sync") && e.time() > down)).isEmpty();
        assertThat(log.of(SimEvent.GdbClusterChanged.class)).extracting(SimEvent.GdbClusterChanged::online)
                .containsExactly(true, false);
        assertThat(sim.gdbValue(id("n2"), G, "k")).contains("v1");

        sim.apply(new Command.NetUp("net"));
        assertThat(write(sim, "n1", "k", "v3")).isTrue();
        sim.runUntil(seconds(8));
        assertThat(sim.gdbValue(id("n3"), G, "k")).contains("v3");

        for (NodeId n : sim.nodeIds()) {
            sim.kill(n);
        }
        assertThat(log.of(SimEvent.GdbNetChanged.class)).extracting(SimEvent.GdbNetChanged::online)
                .containsExactly(true, false, true, false);
        assertThat(sim.gdbRealm().isOnline(sim.gdbRealm().cluster("c"))).isFalse();
    }

    @Test
    void recordsAreKeptAcrossAKillAndARestart() {
        Simulation sim = ring(nodes(9, 3));
        sim.configureGdb(net("n1", "n2", "n3"), List.of(cluster(seconds(3600), MemberRole.ROOT)));
        startAll(sim);
        sim.runUntil(seconds(1.5));
        write(sim, "n1", "k", "v");
        sim.runUntil(seconds(3));

        sim.kill(id("n3"));
        write(sim, "n2", "k2", "while n3 was down");
        sim.runUntil(seconds(5));
        assertThat(sim.gdbValue(id("n3"), G, "k2")).isEmpty();
        sim.restart(id("n3"));

        assertThat(sim.gdbValue(id("n3"), G, "k")).contains("v");
        sim.runUntil(seconds(7));
        assertThat(sim.gdbValue(id("n3"), G, "k2")).contains("while n3 was down");
    }

    @Test
    void aGroupNoMaskMatchesStaysOnItsWriter() {
        Simulation sim = ring(nodes(10, 3));
        sim.configureGdb(net("n1", "n2", "n3"), List.of(cluster(seconds(3600), MemberRole.ROOT)));
        startAll(sim);
        sim.runUntil(seconds(1.5));

        assertThat(sim.apply(new Command.GdbWrite(id("n1"), "private.notes", "k", "v"))).isTrue();
        sim.runUntil(seconds(5));

        assertThat(sim.gdbValue(id("n1"), "private.notes", "k")).contains("v");
        assertThat(sim.gdbValue(id("n2"), "private.notes", "k")).isEmpty();
        assertThat(sim.gdbValue(id("n3"), "private.notes", "k")).isEmpty();
    }
}
