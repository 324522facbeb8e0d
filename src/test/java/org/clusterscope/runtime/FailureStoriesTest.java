package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.SimEvent.StopKind;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.sim.Nemesis;

/** Faults and what the quorum protocol makes of them (PROTOCOL.md §2–3). */
class FailureStoriesTest {

    @Test
    void whenTheMasterIsKilledTheNextLowestPortTakesOverAfterAboutTtl() {
        Simulation sim = ring(nodes(31, 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.kill(id("n1"));
        sim.runUntil(seconds(5 + 3.5 - 1.2));
        assertThat(sim.snapshot(id("n3")).master()).isEqualTo(id("n1"));
        sim.waitUntil(() -> converged(sim, id("n2")), "n2 master of all", seconds(3));

        assertThat(sim.now()).isBetween(seconds(5 + 3.5 - 1.1), seconds(5 + 3.5 + 0.5));
        assertThat(sim.snapshot(id("n3")).lost()).containsExactly(id("n1"));
        assertThat(log.of(SimEvent.StateChanged.class, e -> e.to() == NodeState.MASTER)).last()
                .satisfies(e -> assertThat(e.node()).isEqualTo(id("n2")));
    }

    @Test
    void whenTheMasterQuitsTheOthersReElectAtOnce() {
        Simulation sim = ring(nodes(32, 5));
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.quit(id("n1"));
        sim.runUntil(seconds(5.2));

        assertThat(converged(sim, id("n2"), List.of(id("n2"), id("n3"), id("n4"), id("n5")))).isTrue();
        assertThat(state(sim, "n1")).isEqualTo(NodeState.DISPATCHED);
        assertThat(sim.snapshot(id("n4")).dispatched()).containsExactly(id("n1"));
        assertThat(sim.snapshot(id("n4")).lost()).isEmpty();
    }

    @Test
    void whenASlaveIsKilledTheMasterStays() {
        Simulation sim = clique(nodes(33, 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.kill(id("n4"));
        sim.runUntil(seconds(15));

        assertThat(converged(sim, id("n1"))).isTrue();
        assertThat(sim.snapshot(id("n1")).lost()).containsExactly(id("n4"));
        assertThat(log.of(SimEvent.StateChanged.class, e -> e.node().equals(id("n1")))).hasSize(2);
    }

    @Test
    void whenTwoOfFourAreKilledTheSurvivorsDispatchThemselves() {
        Simulation sim = clique(nodes(34, 4));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.kill(id("n3"));
        sim.kill(id("n4"));
        sim.runUntil(seconds(12));

        assertThat(state(sim, "n1")).isEqualTo(NodeState.DISPATCHED);
        assertThat(state(sim, "n2")).isEqualTo(NodeState.DISPATCHED);
        assertThat(log.of(SimEvent.NodeStopped.class, e -> e.kind() == StopKind.DISPATCHED))
                .extracting(SimEvent.NodeStopped::reason)
                .allSatisfy(reason -> assertThat(reason).containsPattern("dispatched: lost \\d > connected \\d"));
    }

    @Test
    void aSplitThreeTwoKeepsAMasterOnTheThreeSideAndDispatchesTheTwo() {
        Simulation sim = ring(nodes(35, 5));
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.partition(List.of(ids("n1", "n2", "n3"), ids("n4", "n5")));
        sim.runUntil(seconds(12));

        assertThat(converged(sim, id("n1"), ids("n1", "n2", "n3"))).isTrue();
        assertThat(state(sim, "n4")).isEqualTo(NodeState.DISPATCHED);
        assertThat(state(sim, "n5")).isEqualTo(NodeState.DISPATCHED);
    }

    @Test
    void aSplitThreeTwoMovesTheMasterWhenItWasOnTheSmallSide() {
        Simulation sim = ring(nodes(36, 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.partition(List.of(ids("n1", "n5"), ids("n2", "n3", "n4")));
        sim.runUntil(seconds(12));

        assertThat(converged(sim, id("n2"), ids("n2", "n3", "n4"))).as(log.narrative()).isTrue();
        assertThat(running(sim)).containsExactlyElementsOf(ids("n2", "n3", "n4"));
        assertThat(log.of(SimEvent.NodeStopped.class)).extracting(SimEvent.NodeStopped::reason)
                .contains("n5 dispatched: lost 3 > connected 1", "n1 dispatched: lost 3 > connected 1");
    }

    @Test
    void aSplitTwoTwoDispatchesEveryone() {
        Simulation sim = ring(nodes(37, 4));
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.partition(List.of(ids("n1", "n2"), ids("n3", "n4")));
        sim.runUntil(seconds(12));

        assertThat(running(sim)).isEmpty();
        assertThat(sim.snapshots()).allSatisfy(s -> assertThat(s.state()).isEqualTo(NodeState.DISPATCHED));
        assertThat(sim.currentMaster()).isEmpty();
    }

    @Test
    void aBridgePartitionOnFiveCutsLinksButTheBridgeRelaysSoNothingChanges() {
        Simulation sim = clique(nodes(38, 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(5));

        List<List<org.clusterscope.core.NodeId>> groups = sim.nemesis(new Nemesis.Bridge());
        sim.runUntil(seconds(20));

        assertThat(groups).contains(ids("n1", "n2", "n3"), ids("n3", "n4", "n5"));
        assertThat(sim.network().reachable(id("n1"), id("n5"))).isTrue();
        assertThat(converged(sim, id("n1"))).as(log.narrative()).isTrue();
        assertThat(running(sim)).hasSize(5);
        assertThat(log.of(SimEvent.PeerChanged.class, e -> e.status() == PeerStatus.LOST)).isEmpty();
    }

    @Test
    void aNodeThatRejoinsUnderTheSameNicknameIsTakenBack() {
        Simulation sim = ring(nodes(39, 5));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(5));

        sim.kill(id("n3"));
        sim.runUntil(seconds(10));
        assertThat(sim.snapshot(id("n2")).lost()).containsExactly(id("n3"));

        sim.restart(id("n3"));
        sim.runUntil(seconds(13));

        assertThat(converged(sim, id("n1"))).as(log.narrative()).isTrue();
        assertThat(sim.snapshot(id("n2")).connected()).contains(id("n3"));
        assertThat(sim.snapshot(id("n2")).lost()).isEmpty();
        assertThat(sim.node(id("n3")).birth()).isEqualTo(seconds(10));
        assertThat(log.of(SimEvent.PeerChanged.class, e -> e.node().equals(id("n2")) && e.peer().equals(id("n3"))))
                .extracting(SimEvent.PeerChanged::status)
                .containsExactly(PeerStatus.CONNECTED, PeerStatus.LOST, PeerStatus.CONNECTED);
    }

    @Test
    void aFailedSendStartsTheSelfHealingPingAndEveryoneLosesTheSuspectSooner() {
        Simulation sim = clique(nodes(41, org.clusterscope.protocol.ProtocolConfig.defaults().withTimings(1000, 10_000),
                org.clusterscope.net.LinkSettings.DEFAULTS, 4));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(5));
        sim.kill(id("n3"));
        sim.runUntil(seconds(7));

        int sent = sim.node(id("n1")).services().send(ids("n3"), 1, "are you there?");
        sim.runUntil(seconds(9.5));

        assertThat(sent).isZero();
        assertThat(log.of(SimEvent.PacketSent.class, e -> e.kind().equals("ping"))).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(id("n1")));
        // without the ping n3 would be lost about 10 s after its last beacon, at 14 s or later
        assertThat(log.of(SimEvent.PeerChanged.class, e -> e.status() == PeerStatus.LOST))
                .extracting(SimEvent.PeerChanged::node).containsExactlyInAnyOrderElementsOf(ids("n1", "n2", "n4"));
        assertThat(log.of(SimEvent.PeerChanged.class, e -> e.status() == PeerStatus.LOST))
                .allSatisfy(e -> assertThat(e.time()).isBetween(seconds(9), seconds(9.1)));
    }

    @Test
    void aKilledMasterThatComesBackWinsAgainWithTheLowestPort() {
        Simulation sim = ring(nodes(40, 5));
        startAll(sim);
        sim.runUntil(seconds(5));
        sim.kill(id("n1"));
        sim.runUntil(seconds(12));
        assertThat(converged(sim, id("n2"))).isTrue();

        sim.start(id("n1"));
        sim.runUntil(seconds(16));

        assertThat(converged(sim, id("n1"))).isTrue();
    }
}
