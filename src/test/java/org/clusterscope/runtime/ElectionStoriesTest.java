package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.Strategy;

/** Nodes elect a master on the simulated network (PROTOCOL.md §3). */
class ElectionStoriesTest {

    private static final ProtocolConfig TIME = ProtocolConfig.defaults().withStrategy(Strategy.TIME);

    @Test
    void fiveNodesInARingElectTheLowestPort() {
        Simulation sim = ring(nodes(7, 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);

        sim.runUntil(seconds(5));

        assertThat(converged(sim, id("n1"))).as(log.narrative()).isTrue();
        assertThat(sim.currentMaster()).contains(id("n1"));
        assertThat(state(sim, "n3")).isEqualTo(NodeState.SLAVE);
        assertThat(sim.snapshot(id("n3")).countN()).isEqualTo(5);
        assertThat(sim.snapshot(id("n3")).countVotes()).isEqualTo(5);
    }

    @Test
    void fiveNodesInACliqueElectTheLowestPort() {
        Simulation sim = clique(nodes(8, 5));
        startAll(sim);

        sim.runUntil(seconds(5));

        assertThat(converged(sim, id("n1"))).isTrue();
        assertThat(sim.snapshots()).allSatisfy(s -> assertThat(s.vote()).isEqualTo(id("n1")));
    }

    @Test
    void nodesStayJoiningThroughTheirDiscoveryWindow() {
        Simulation sim = ring(nodes(9, 5));
        startAll(sim);

        sim.runUntil(seconds(0.9));

        assertThat(sim.snapshots()).allSatisfy(s -> assertThat(s.state()).isEqualTo(NodeState.JOINING));
        assertThat(sim.snapshot(id("n4")).connected()).hasSize(4);
    }

    @Test
    void voteReasonsExplainTheChoice() {
        Simulation sim = ring(nodes(7, 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);

        sim.runUntil(seconds(3));

        assertThat(log.of(SimEvent.VoteCast.class, v -> v.voter().equals(id("n3")))).last()
                .satisfies(v -> assertThat(v.reason()).startsWith("n3 votes n1: lowest port among {n1,n2,n3,n4"));
    }

    @Test
    void withStrategyTimeTheEarliestBirthWinsAndARestartedNodeDoesNotWinBack() {
        Simulation sim = clique(nodes(11, TIME, LinkSettings.DEFAULTS, 5));
        EventLog log = EventLog.attach(sim);
        // n4 starts first, the others a second later
        sim.start(id("n4"));
        sim.at(seconds(1), () -> List.of("n1", "n2", "n3", "n5").forEach(n -> sim.start(id(n))));
        sim.runUntil(seconds(6));
        assertThat(converged(sim, id("n4"))).as(log.narrative()).isTrue();

        sim.restart(id("n4"));
        sim.runUntil(seconds(16));

        // n1, n2, n3 and n5 share a birth of 1 s: the tie goes to the smallest id
        assertThat(converged(sim, id("n1"))).as(log.narrative()).isTrue();
        assertThat(sim.snapshot(id("n4")).state()).isEqualTo(NodeState.SLAVE);
    }

    @Test
    void twoNodesWithEqualBirthBreakTheTieByIdOnEveryNodeAlike() {
        Simulation sim = watched(new Simulation(12, TIME, LinkSettings.DEFAULTS));
        for (int i = 1; i <= 5; i++) {
            NodeSpec spec = NodeSpec.of("n" + i, 8080 + i);
            sim.addNode(i == 2 || i == 4 ? spec.withBirth(seconds(0.5)) : spec);
        }
        ring(sim);
        sim.at(seconds(1), () -> startAll(sim));

        sim.runUntil(seconds(8));

        assertThat(sim.node(id("n2")).birth()).isEqualTo(sim.node(id("n4")).birth());
        assertThat(converged(sim, id("n2"))).isTrue();
        assertThat(sim.snapshots()).allSatisfy(s -> assertThat(s.vote()).isEqualTo(id("n2")));
    }

    @Test
    void fiveNodesOnLinksLosingOnePacketInFiveStillConverge() {
        Simulation sim = clique(nodes(13, ProtocolConfig.defaults(), new LinkSettings(10, 2, 0.2), 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);

        sim.runUntil(seconds(20));

        assertThat(converged(sim, id("n1"))).as(log.narrative()).isTrue();
        assertThat(sim.snapshots()).allSatisfy(s -> assertThat(s.isRunning()).isTrue());
    }

    @Test
    void withBeaconHopsZeroNobodyHearsAnyoneAndEachNodeIsItsOwnMaster() {
        Simulation sim = ring(nodes(15, ProtocolConfig.defaults().withBeaconHops(0), LinkSettings.DEFAULTS, 3));
        invariants(sim).allowSeveralMastersPerComponent("beaconHops 0: each node counts on its own view (PROTOCOL.md §2)");
        startAll(sim);

        sim.runUntil(seconds(5));

        assertThat(sim.snapshots()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(NodeState.MASTER);
            assertThat(s.connected()).isEmpty();
        });
    }

    @Test
    void withOneHopANodeOnlyCountsOnceItKnowsEveryCandidateItsPeersVoteFor() {
        Simulation sim = chain(nodes(16, ProtocolConfig.defaults().withBeaconHops(1), LinkSettings.DEFAULTS, 3));
        startAll(sim);

        sim.runUntil(seconds(5));

        assertThat(sim.snapshot(id("n3")).connected()).containsExactly(id("n2"));
        assertThat(converged(sim, id("n1"), ids("n1", "n2"))).isTrue();
        // n2 votes n1, whom n3 never hears: that vote never counts for n3 (§3 rule 2)
        assertThat(state(sim, "n3")).isEqualTo(NodeState.JOINING);
    }

    @Test
    void theSameSeedGivesTheSameStoryEventForEvent() {
        assertThat(story(21)).isEqualTo(story(21));
        assertThat(story(21)).isNotEqualTo(story(22));
    }

    private static List<String> story(long seed) {
        Simulation sim = ring(nodes(seed, ProtocolConfig.defaults(), new LinkSettings(10, 4, 0.05), 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.at(seconds(5), () -> sim.kill(sim.currentMaster().orElseThrow()));
        sim.runUntil(seconds(12));
        return log.all().stream().map(Object::toString).toList();
    }

    @Test
    void currentMasterIsTheMasterNamedByMostRunningNodes() {
        Simulation sim = chain(nodes(14, 5));
        startAll(sim);
        sim.runUntil(seconds(5));
        assertThat(sim.currentMaster()).contains(id("n1"));

        sim.kill(id("n1"));
        sim.kill(id("n2"));
        sim.kill(id("n3"));
        sim.kill(id("n4"));
        sim.kill(id("n5"));

        assertThat(sim.currentMaster()).isEmpty();
        assertThat(running(sim)).isEmpty();
        assertThat(sim.nodeIds()).extracting(NodeId::value).containsExactly("n1", "n2", "n3", "n4", "n5");
    }
}
