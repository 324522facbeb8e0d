package org.clusterscope.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.protocol.discovery.DiscoveryHarness.HEARTBEAT;
import static org.clusterscope.protocol.discovery.DiscoveryHarness.HOPS;
import static org.clusterscope.protocol.discovery.DiscoveryHarness.TTL;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.MembershipMessage;
import org.clusterscope.protocol.message.Ping;
import org.clusterscope.protocol.message.Probe;
import org.junit.jupiter.api.Test;

/** The discovery and failure-detection rules of PROTOCOL.md §2, one node at a time. */
class DiscoveryTest {

    private final DiscoveryHarness node = new DiscoveryHarness();

    private static NodeId id(String value) {
        return NodeId.of(value);
    }

    @Test
    void onStartANodeProbesEveryoneWithAllABeaconCarries() {
        node.vote = id("n1");
        node.start();

        assertThat(node.sent).singleElement().satisfies(sent -> {
            assertThat(sent.message()).isInstanceOf(Probe.class);
            assertThat(sent.hopLimit()).as("flooded up to beaconHops").isEqualTo(HOPS);
            assertThat(sent.to()).isNull();
            var card = ((Probe) sent.message()).card();
            assertThat(card.id()).isEqualTo(id("n1"));
            assertThat(card.port()).isEqualTo(8081);
            assertThat(card.state()).isEqualTo(NodeState.JOINING);
            assertThat(card.vote()).isEqualTo(id("n1"));
        });
    }

    @Test
    void beaconsFollowEveryHeartbeatGiveOrTakeTenPercent() {
        node.start();
        node.advanceTo(20 * HEARTBEAT);

        List<Long> times = node.sentOfKind("beacon").stream().map(DiscoveryHarness.Sent::time).toList();
        assertThat(times).hasSizeBetween(18, 22);
        long previous = 0;
        for (long time : times) {
            assertThat(time - previous).isBetween(HEARTBEAT * 9 / 10, HEARTBEAT * 11 / 10);
            previous = time;
        }
        assertThat(times.stream().map(t -> t % HEARTBEAT).distinct()).as("jittered, not in lock-step").hasSizeGreaterThan(5);
        // every message carries a fresh sequence number (§2)
        List<Long> seqs = node.sentOfKind("beacon").stream().map(s -> ((Beacon) s.message()).card().seq()).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aProbeMakesTheNewcomerKnownAtOnceAndIsAnsweredWithinAQuarterHeartbeat() {
        node.start();
        node.sent.clear();

        node.probe("n2", 8082);

        assertThat(node.table.isConnected(id("n2"))).isTrue();
        assertThat(node.table.get(id("n2")).port()).isEqualTo(8082);
        assertThat(node.told).startsWith("0 connected n2 (discovered through its probe)", "0 vote n2→n2",
                "0 processed probe from n2");
        assertThat(node.sent).as("not at once: after a random delay").isEmpty();

        node.advanceTo(HEARTBEAT / 4);
        assertThat(node.sentOfKind("beacon")).singleElement()
                .satisfies(sent -> assertThat(sent.time()).isLessThan(HEARTBEAT / 4));
    }

    @Test
    void probesArrivingTogetherGetOneAnswerAndTheHeartbeatKeepsItsPace() {
        node.start();
        node.advanceTo(HEARTBEAT * 2 + 1);
        long periodicBefore = node.sentOfKind("beacon").size();
        long lastPeriodic = node.sentOfKind("beacon").get((int) periodicBefore - 1).time();
        node.sent.clear();

        node.probe("n2", 8082);
        node.probe("n3", 8083);
        node.probe("n4", 8084);
        node.advanceBy(HEARTBEAT / 4);

        List<DiscoveryHarness.Sent> answers = node.sentOfKind("beacon");
        assertThat(answers).as("one answer covers the three probes").hasSizeLessThanOrEqualTo(2);
        // the answer does not move the periodic beacon: the next one is still a heartbeat after the last
        node.advanceTo(lastPeriodic + HEARTBEAT * 11 / 10);
        assertThat(node.sentOfKind("beacon").stream().map(DiscoveryHarness.Sent::time))
                .anyMatch(t -> t - lastPeriodic >= HEARTBEAT * 9 / 10);
    }

    @Test
    void aNodeNeverListsItselfEvenWhenItsOwnBeaconComesBack() {
        node.start();
        node.advanceTo(HEARTBEAT * 2);
        MembershipMessage own = (MembershipMessage) node.sentOfKind("beacon").get(0).message();

        node.discovery.heard(own);

        assertThat(node.table.get(id("n1"))).isNull();
        assertThat(node.table.all()).isEmpty();
        assertThat(node.told).isEmpty();
    }

    @Test
    void anOlderMessageThanTheLastProcessedIsIgnored() {
        node.start();
        node.discovery.heard(new Beacon(node.card("n2", 8082, 0, 5, NodeState.SLAVE, "n2")));
        node.told.clear();

        node.discovery.heard(new Beacon(node.card("n2", 8082, 0, 4, NodeState.MASTER, "n9")));
        node.discovery.heard(new Beacon(node.card("n2", 8082, 0, 5, NodeState.MASTER, "n9")));

        assertThat(node.told).isEmpty();
        assertThat(node.table.get(id("n2")).state()).isEqualTo(NodeState.SLAVE);
    }

    @Test
    void aRestartedPeerIsTakenBackWithItsNewLifeEvenWithLowerSequenceNumbers() {
        node.start();
        node.discovery.heard(new Beacon(node.card("n2", 8082, 0, 50, NodeState.SLAVE, "n2")));
        node.told.clear();

        node.discovery.heard(new Beacon(node.card("n2", 8082, 7_000_000, 1, NodeState.JOINING, "n2")));

        assertThat(node.told).contains("0 reborn n2");
        assertThat(node.table.get(id("n2")).incarnation()).isEqualTo(7_000_000);
    }

    @Test
    void aPeerSilentForItsTimeToLiveIsLostAtThatInstantAndABeaconPostponesIt() {
        node.start();
        node.beacon("n2", 8082);
        node.beacon("n3", 8083);
        node.advanceTo(2_000_000);
        node.beacon("n3", 8083); // n3 speaks again at 2 s; n2 stays silent

        node.advanceTo(TTL - 1);
        assertThat(node.table.isConnected(id("n2"))).isTrue();
        node.advanceTo(TTL);
        assertThat(node.table.get(id("n2")).status()).isEqualTo(PeerStatus.LOST);
        assertThat(node.told).contains("3500000 gone n2 lost (n1 lost n2: silent for 3.5s)");
        assertThat(node.table.isConnected(id("n3"))).isTrue();

        node.advanceTo(2_000_000 + TTL);
        assertThat(node.table.get(id("n3")).status()).isEqualTo(PeerStatus.LOST);
        assertThat(node.table.lostCount()).isEqualTo(2);
        assertThat(node.table.connectedCount()).isZero();
    }

    @Test
    void aLostPeerHeardAgainIsConnectedAgain() {
        node.start();
        node.beacon("n2", 8082);
        node.advanceTo(TTL);
        node.told.clear();

        node.beacon("n2", 8082);

        assertThat(node.table.isConnected(id("n2"))).isTrue();
        assertThat(node.told.get(0)).isEqualTo(TTL + " connected n2 (heard again through its beacon)");
        assertThat(node.table.lostCount()).isZero();
    }

    @Test
    void aGoodbyeDispatchesThePeerAndAnOlderBeaconCannotBringItBack() {
        node.start();
        node.beacon("n2", 8082); // seq 1
        var overtaken = node.card("n2", 8082, NodeState.SLAVE, "n2"); // seq 2, still on its way
        node.goodbye("n2"); // seq 3

        assertThat(node.table.get(id("n2")).status()).isEqualTo(PeerStatus.DISPATCHED);
        assertThat(node.told).contains("0 gone n2 dispatched (n2 said goodbye (quit))");
        node.told.clear();

        node.discovery.heard(new Beacon(overtaken));
        node.advanceTo(10 * TTL);

        assertThat(node.table.get(id("n2")).status()).as("dispatched, not lost, and not back").isEqualTo(PeerStatus.DISPATCHED);
        assertThat(node.told).isEmpty();
        assertThat(node.table.dispatchedCount()).isEqualTo(1);
    }

    @Test
    void aDispatchedPeerThatRestartsIsTakenBackByItsNickname() {
        node.start();
        node.beacon("n2", 8082);
        node.goodbye("n2");
        node.advanceTo(6_000_000);
        node.told.clear();

        // a new life (§1 "restart"): a later incarnation, its sequence numbers starting again
        node.discovery.heard(new Beacon(node.card("n2", 8082, 6_000_000, 1, NodeState.JOINING, "n2")));

        assertThat(node.table.get(id("n2")).status()).isEqualTo(PeerStatus.CONNECTED);
        assertThat(node.told.get(0)).isEqualTo("6000000 connected n2 (heard again through its beacon)");
        assertThat(node.table.all()).as("the same row, not a second one").hasSize(1);
        assertThat(node.table.dispatchedCount()).isZero();
    }

    @Test
    void aPingCutsTheSuspectsTimeToLiveToTwoHeartbeatsUnlessItWasHeardWithinOne() {
        node.start();
        node.beacon("n2", 8082);
        node.beacon("n3", 8083);
        node.advanceTo(1_500_000);
        node.beacon("n3", 8083);

        node.advanceTo(2_000_000);
        node.ping("n3", "n2");
        assertThat(node.table.get(id("n2")).expiresAt()).as("heard 2 s ago: cut from 3.5 s")
                .isEqualTo(TTL); // now + 2 heartbeats = 4 s is later than its own deadline: unchanged

        node.advanceTo(2_400_000);
        node.ping("n2", "n3");
        assertThat(node.table.get(id("n3")).expiresAt()).as("heard 0.9 s ago: kept")
                .isEqualTo(1_500_000 + TTL);

        node.advanceTo(2_600_000);
        node.beacon("n2", 8082);
        node.advanceTo(3_700_000);
        node.ping("n3", "n2");
        assertThat(node.table.get(id("n2")).expiresAt()).as("heard 1.1 s ago: cut to now + 2 heartbeats")
                .isEqualTo(3_700_000 + 2 * HEARTBEAT);
        node.advanceTo(5_700_000);
        assertThat(node.table.get(id("n2")).status()).isEqualTo(PeerStatus.LOST);
    }

    @Test
    void aSuspectThatHearsItsOwnNameAnswersAtOnceWithABeacon() {
        node.start();
        node.advanceTo(300_000);
        node.sent.clear();

        node.ping("n2", "n1");

        assertThat(node.sent).singleElement().satisfies(sent -> {
            assertThat(sent.message()).isInstanceOf(Beacon.class);
            assertThat(sent.time()).isEqualTo(300_000);
        });
    }

    @Test
    void aMessageThatCannotLeaveForAConnectedPeerStartsTheSelfHealingPing() {
        node.start();
        node.beacon("n2", 8082);
        node.beacon("n3", 8083);
        node.reachable.add(id("n3"));
        node.advanceTo(1_200_000);
        node.sent.clear();

        assertThat(node.discovery.sendTo(id("n3"), new Probe(node.card("n1", 8081, NodeState.SLAVE, "n1")))).isTrue();
        assertThat(node.sent).hasSize(1);
        assertThat(node.discovery.sendTo(id("n2"), new Probe(node.card("n1", 8081, NodeState.SLAVE, "n1")))).isFalse();

        assertThat(node.sent).last().satisfies(sent -> {
            assertThat(sent.message()).isEqualTo(new Ping(id("n1"), 0, ((Ping) sent.message()).seq(), id("n2")));
            assertThat(sent.hopLimit()).isEqualTo(HOPS);
        });
        assertThat(node.table.get(id("n2")).expiresAt()).as("the sender shortens it too").isEqualTo(1_200_000 + 2 * HEARTBEAT);
    }

    @Test
    void aStoppedNodeHearsNothing() {
        node.start();
        node.self.end(NodeState.DOWN);

        node.beacon("n2", 8082);
        node.goodbye("n2");

        assertThat(node.table.all()).isEmpty();
        assertThat(node.told).isEmpty();
    }

    @Test
    void aRestartBeginsWithAnEmptyTable() {
        node.start();
        node.beacon("n2", 8082);
        node.goodbye("n3"); // unknown: nothing to record
        assertThat(node.table.all()).hasSize(1);

        node.self.end(NodeState.DOWN);
        node.advanceTo(5_000_000);
        node.start();

        assertThat(node.table.all()).isEmpty();
        assertThat(node.table.connectedCount()).isZero();
    }
}
