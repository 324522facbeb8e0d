package org.clusterscope.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.protocol.message.Vote;

/** The counting rules of PROTOCOL.md §3, played out on one node whose peers are played by hand. */
class CountingRulesTest {

    private LoneNodeHarness n3;
    private final java.util.List<SimEvent> events = new java.util.ArrayList<>();

    @BeforeEach
    void startN3() {
        n3 = new LoneNodeHarness("n3", 8083, ProtocolConfig.defaults());
        n3.events.subscribe(events::add);
        n3.node.start();
    }

    private static long ms(long millis) {
        return SimTime.ms(millis);
    }

    @Test
    void onStartANodeProbesWithItsOwnVote() {
        assertThat(n3.sent).singleElement().isInstanceOfSatisfying(Probe.class,
                probe -> assertThat(probe.card().vote()).isEqualTo(NodeId.of("n3")));
    }

    @Test
    void aNodeAloneIsItsOwnMasterOnceItsWindowCloses() {
        n3.advanceTo(ms(999));
        assertThat(n3.node.state()).isEqualTo(NodeState.JOINING);

        n3.advanceTo(ms(1000));

        assertThat(n3.node.state()).isEqualTo(NodeState.MASTER);
        assertThat(n3.node.snapshot().countN()).isEqualTo(1);
    }

    @Test
    void aNodeNeverCountsDuringItsDiscoveryWindow() {
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);
        n3.beacon("n2", 8082, "n1", NodeState.SLAVE);

        n3.advanceTo(ms(500));
        assertThat(n3.node.state()).isEqualTo(NodeState.JOINING);

        n3.advanceTo(ms(1000));
        assertThat(n3.node.state()).isEqualTo(NodeState.SLAVE);
        assertThat(n3.node.master()).isEqualTo(NodeId.of("n1"));
    }

    @Test
    void aVoteChangeIsSentAtOnceOncePerInstant() {
        n3.advanceTo(ms(100));
        n3.sent.clear();

        n3.beacon("n2", 8082, "n2", NodeState.SLAVE);
        n3.beacon("n1", 8081, "n1", NodeState.SLAVE);
        n3.advanceTo(ms(100));

        assertThat(n3.sent).singleElement().isInstanceOfSatisfying(Vote.class,
                vote -> assertThat(vote.card().vote()).isEqualTo(NodeId.of("n1")));
        n3.beacon("n1", 8081, "n1", NodeState.SLAVE);
        n3.beacon("n2", 8082, "n1", NodeState.SLAVE);
        n3.advanceTo(ms(101));
        assertThat(n3.sent).hasSize(1);
    }

    @Test
    void aVoteChangeIsSentBeforeTimeMovesOn() {
        n3.advanceTo(ms(100));
        n3.sent.clear();

        n3.beacon("n2", 8082, "n2", NodeState.SLAVE);
        n3.advanceTo(ms(100));

        assertThat(n3.sent).singleElement().isInstanceOfSatisfying(Vote.class,
                vote -> assertThat(vote.card().vote()).isEqualTo(NodeId.of("n2")));
    }

    @Test
    void aVoteNamingAnUnknownNodeIsNotYetInSoNothingIsCounted() {
        n3.advanceTo(ms(1000));
        n3.beacon("n4", 8084, "n9", NodeState.SLAVE);
        assertThat(n3.node.state()).isEqualTo(NodeState.MASTER);
        assertThat(n3.node.snapshot().countN()).isEqualTo(1);

        n3.beacon("n9", 8089, "n9", NodeState.MASTER);

        // n9 is now connected: n3 votes n3 (lowest port), n4 and n9 vote n9: n9 has 2 of 3
        assertThat(n3.node.snapshot().countN()).isEqualTo(3);
        assertThat(n3.node.state()).isEqualTo(NodeState.SLAVE);
        assertThat(n3.node.master()).isEqualTo(NodeId.of("n9"));
    }

    @Test
    void exactlyHalfOfTheVotesIsAMajority() {
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);
        n3.beacon("n2", 8082, "n2", NodeState.SLAVE);
        n3.beacon("n4", 8084, "n4", NodeState.SLAVE);
        n3.advanceTo(ms(1000));

        // n = 4; n3 votes n1 (lowest port), n1 votes n1: 2 of 4 is exactly half
        assertThat(n3.node.state()).isEqualTo(NodeState.SLAVE);
        assertThat(n3.node.master()).isEqualTo(NodeId.of("n1"));
        assertThat(n3.node.snapshot().countVotes()).isEqualTo(2);
    }

    @Test
    void withoutAMajorityANodeWhoseVoteLostDispatchesItself() {
        n3.beacon("n2", 8082, "n2", NodeState.SLAVE);
        n3.beacon("n4", 8084, "n5", NodeState.SLAVE);
        n3.beacon("n5", 8085, "n5", NodeState.SLAVE);
        n3.beacon("n6", 8086, "n6", NodeState.SLAVE);
        n3.beacon("n7", 8087, "n7", NodeState.SLAVE);
        n3.advanceTo(ms(1000));

        // n = 6; n3 votes n2 and n2 votes n2 (2), n5 has 2 too; tie goes by port to n2: n3 accepts
        assertThat(n3.node.state()).isEqualTo(NodeState.SLAVE);
        n3.beacon("n6", 8086, "n5", NodeState.SLAVE);

        // n5 now has 3 of 6 — exactly half: a majority, n3 follows n5
        assertThat(n3.node.master()).isEqualTo(NodeId.of("n5"));
        n3.beacon("n7", 8087, "n2", NodeState.SLAVE);
        // n2 and n5 have 3 each: tie by port, n2
        assertThat(n3.node.master()).isEqualTo(NodeId.of("n2"));
    }

    @Test
    void theNodeWhoseVoteIsNotTheMostVotedShutsItselfDownWithNoMajority() {
        n3.advanceTo(ms(1000));
        n3.beacon("n4", 8084, "n5", NodeState.SLAVE);
        n3.beacon("n5", 8085, "n5", NodeState.SLAVE);
        n3.beacon("n6", 8086, "n6", NodeState.SLAVE);
        assertThat(n3.node.master()).isEqualTo(NodeId.of("n5")); // 2 of 4 is half
        n3.beacon("n7", 8087, "n7", NodeState.SLAVE);

        // n = 5: n5 has 2, n3 (own vote) 1: no majority, and n3 did not vote n5
        assertThat(n3.node.state()).isEqualTo(NodeState.DISPATCHED);
        assertThat(events).filteredOn(SimEvent.NodeStopped.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((SimEvent.NodeStopped) e).reason())
                        .isEqualTo("n3 dispatched: no majority: n5 has 2 of 5 votes, n3 votes n3"));
        assertThat(n3.sent).last().isInstanceOf(Goodbye.class);
    }

    @Test
    void withoutAMajorityNothingIsDecidedWhileAPeerIsStillJoining() {
        n3.advanceTo(ms(1000));
        n3.beacon("n6", 8086, "n6", NodeState.JOINING);
        n3.beacon("n7", 8087, "n7", NodeState.JOINING);
        n3.beacon("n4", 8084, "n5", NodeState.JOINING);
        n3.beacon("n5", 8085, "n5", NodeState.JOINING);

        // n = 5: n5 has 2, n3's own vote 1 — but those are newcomers' provisional votes
        assertThat(n3.node.snapshot().countVotes()).isEqualTo(2);
        assertThat(n3.node.state()).isEqualTo(NodeState.MASTER);
        for (String peer : java.util.List.of("n4", "n5", "n6", "n7")) {
            n3.beacon(peer, 8080 + Integer.parseInt(peer.substring(1)), "n3", NodeState.SLAVE);
        }
        assertThat(n3.node.state()).isEqualTo(NodeState.MASTER);
        assertThat(n3.node.snapshot().countVotes()).isEqualTo(5);
    }

    @Test
    void losingMoreThanItStillSeesDispatchesANodeButGoodbyesDoNot() {
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);
        n3.beacon("n2", 8082, "n1", NodeState.SLAVE);
        n3.beacon("n4", 8084, "n1", NodeState.SLAVE);
        n3.advanceTo(ms(1000));
        n3.receiveGoodbye("n4");
        assertThat(n3.node.snapshot().dispatched()).containsExactly(NodeId.of("n4"));

        n3.advanceTo(ms(3000));
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);
        n3.advanceTo(ms(3600)); // n2 silent since 0 s: lost; lost 1, connected 1

        assertThat(n3.node.state()).isEqualTo(NodeState.SLAVE);
        assertThat(n3.node.snapshot().lost()).containsExactly(NodeId.of("n2"));
        n3.advanceTo(ms(6600)); // n1 silent since 3 s: lost 2 > connected 0

        assertThat(n3.node.state()).isEqualTo(NodeState.DISPATCHED);
        assertThat(events).filteredOn(SimEvent.NodeStopped.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((SimEvent.NodeStopped) e).reason()).isEqualTo("n3 dispatched: lost 2 > connected 0"));
    }

    @Test
    void aSuspectThatHearsThePingAnswersAtOnceWithABeacon() {
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);
        n3.advanceTo(ms(300));
        n3.sent.clear();

        n3.receivePing("n1", "n3");

        assertThat(n3.sent).singleElement().isInstanceOf(org.clusterscope.protocol.message.Beacon.class);
    }

    @Test
    void aPingCutsTheSuspectsTimeToLiveToTwoHeartbeats() {
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);
        n3.beacon("n2", 8082, "n1", NodeState.SLAVE);
        n3.advanceTo(ms(1200));
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);

        n3.receivePing("n1", "n2"); // n2 silent for 1.2 s: its time to live ends at 3.2 s instead of 3.5 s
        n3.receivePing("n2", "n1"); // n1 heard just now: nothing changes

        n3.advanceTo(ms(3199));
        assertThat(n3.node.snapshot().lost()).isEmpty();
        n3.advanceTo(ms(3200));
        assertThat(n3.node.snapshot().lost()).containsExactly(NodeId.of("n2"));
        assertThat(n3.node.snapshot().connected()).containsExactly(NodeId.of("n1"));
    }

    @Test
    void aStaleBeaconCannotBringBackAPeerThatSaidGoodbye() {
        n3.beacon("n1", 8081, "n1", NodeState.MASTER);
        n3.receiveGoodbye("n1");
        n3.replayBeacon("n1", 8081, 1);

        assertThat(n3.node.snapshot().dispatched()).containsExactly(NodeId.of("n1"));
    }
}
