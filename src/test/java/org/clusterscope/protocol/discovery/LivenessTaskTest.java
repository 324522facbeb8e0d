package org.clusterscope.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.protocol.discovery.DiscoveryHarness.HEARTBEAT;
import static org.clusterscope.protocol.discovery.DiscoveryHarness.TTL;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.junit.jupiter.api.Test;

/**
 * Silence is found by one timer per node, set to the earliest deadline (PROTOCOL.md §2): a beacon
 * costs no timer work, and every peer is still lost at exactly its own deadline.
 */
class LivenessTaskTest {

    private final DiscoveryHarness node = new DiscoveryHarness();

    @Test
    void beaconsFromKnownPeersScheduleNothing() {
        node.start();
        node.beacon("n2", 8082);
        node.beacon("n3", 8083);
        int before = node.scheduled;

        for (int i = 0; i < 100; i++) {
            node.beacon("n2", 8082);
            node.beacon("n3", 8083);
        }

        assertThat(node.scheduled).isEqualTo(before);
    }

    @Test
    void eachPeerIsLostAtItsOwnDeadlineOnlyAfterItsLastBeacon() {
        node.start();
        node.beacon("n2", 8082);
        node.beacon("n3", 8083);
        node.beacon("n4", 8084);
        node.advanceTo(HEARTBEAT);
        node.beacon("n3", 8083);
        node.advanceTo(2 * HEARTBEAT);
        node.beacon("n4", 8084);
        node.told.removeIf(line -> !line.contains("gone"));

        node.advanceTo(10 * TTL);

        assertThat(node.told).containsExactly(
                TTL + " gone n2 lost (n1 lost n2: silent for 3.5s)",
                (HEARTBEAT + TTL) + " gone n3 lost (n1 lost n3: silent for 3.5s)",
                (2 * HEARTBEAT + TTL) + " gone n4 lost (n1 lost n4: silent for 3.5s)");
    }

    @Test
    void peersWithTheSameDeadlineAreLostInTheOrderFirstHeard() {
        node.start();
        node.beacon("n3", 8083);
        node.beacon("n2", 8082);
        node.told.clear();

        node.advanceTo(TTL);

        assertThat(node.told).filteredOn(line -> line.contains("gone")).extracting(line -> line.split(" ")[2])
                .containsExactly("n3", "n2");
    }

    @Test
    void aNodeThatStopsLosesNobodyAfterwards() {
        node.start();
        node.beacon("n2", 8082);
        node.self.end(NodeState.DOWN);

        node.advanceTo(10 * TTL);

        assertThat(node.table.get(NodeId.of("n2")).status()).isEqualTo(PeerStatus.CONNECTED);
        assertThat(node.told).noneMatch(line -> line.contains("gone"));
    }
}
