package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterscope.runtime.Clusters.*;

import org.clusterscope.core.NodeState;
import org.junit.jupiter.api.Test;

/** The helpers of Bitcoin's functional tests, on the simulated network (PROTOCOL.md §5). */
class BitcoinHelpersTest {

    @Test
    void connectNodesReturnsOnceBothEndsSeeEachOther() {
        Simulation sim = nodes(71, 2);
        startAll(sim);
        sim.runUntil(seconds(2));
        assertThat(sim.seeEachOther(id("n1"), id("n2"))).isFalse();

        sim.connectNodes(id("n1"), id("n2"));

        assertThat(sim.seeEachOther(id("n1"), id("n2"))).isTrue();
        assertThat(sim.now()).isLessThan(seconds(4));
    }

    @Test
    void startWithWaitConnectionsReturnsOnceEveryLinkIsSeen() {
        Simulation sim = ring(nodes(72, 4));

        sim.start(sim.nodeIds(), true);

        assertThat(sim.seeEachOther(id("n1"), id("n2"))).isTrue();
        assertThat(sim.seeEachOther(id("n4"), id("n1"))).isTrue();
        assertThat(sim.now()).isLessThan(seconds(1));
    }

    @Test
    void aShortSplitThatJoinsBeforeTtlChangesNothing() {
        Simulation sim = chain(nodes(73, 4));
        sim.start(sim.nodeIds(), true);
        sim.runUntil(seconds(3));

        sim.splitNetwork();
        assertThat(sim.network().reachable(id("n2"), id("n3"))).isFalse();
        sim.runFor(seconds(2));
        sim.joinNetwork();

        assertThat(converged(sim, id("n1"))).isTrue();
        assertThat(running(sim)).hasSize(4);
    }

    @Test
    void aLongSplitOfTheChainOfFourDispatchesBothHalves() {
        Simulation sim = chain(nodes(74, 4));
        sim.start(sim.nodeIds(), true);
        sim.runUntil(seconds(3));

        sim.splitNetwork();
        sim.waitUntil(() -> running(sim).isEmpty(), "both halves dispatched", seconds(6));
        sim.joinNetwork();
        startAll(sim);
        sim.waitUntil(() -> converged(sim, id("n1")), "n1 master again", seconds(4));

        assertThat(sim.snapshots()).allSatisfy(s -> assertThat(s.state()).isIn(NodeState.MASTER, NodeState.SLAVE));
    }

    @Test
    void waitUntilFailsNamingWhatItAwaitedAndWhen() {
        Simulation sim = ring(nodes(75, 3));
        startAll(sim);

        assertThatThrownBy(() -> sim.waitUntil(() -> converged(sim, id("n3")), "n3 master of all", seconds(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("timed out waiting for n3 master of all: still false at 2s, after waiting 2s from 0s");
    }

    @Test
    void splitNetworkNeedsAChainOfFour() {
        Simulation sim = ring(nodes(76, 3));

        assertThatThrownBy(sim::splitNetwork).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chain of four");
    }
}
