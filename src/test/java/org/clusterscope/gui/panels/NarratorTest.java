package org.clusterscope.gui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.SimEvent;
import org.junit.jupiter.api.Test;

/** The log says each thing once: the protocol's reasons are whole sentences about their node. */
class NarratorTest {

    private static final NodeId N1 = NodeId.of("n1");
    private static final NodeId N2 = NodeId.of("n2");
    private static final NodeId N3 = NodeId.of("n3");
    private static final NodeId N5 = NodeId.of("n5");

    private static String text(SimEvent event) {
        return Narrator.narrate(event).orElseThrow().text();
    }

    @Test
    void aCountSaysWhatItFoundAndWhatTriggeredIt() {
        assertThat(text(new SimEvent.VotesCounted(0, N2, 5, N1, 4, true,
                "n2 counts 4 of 5 votes for n1 (majority) after vote from n5")))
                .isEqualTo("n2 counts 4 of 5 votes for n1: a majority — after vote from n5");
    }

    @Test
    void aVoteSaysWhyOnce() {
        assertThat(text(new SimEvent.VoteCast(0, N5, N1,
                "n5 votes n1: lowest port among {n1,n2,n5} (discovered through its beacon)")))
                .isEqualTo("n5 votes n1 — lowest port among {n1,n2,n5} (discovered through its beacon)");
    }

    @Test
    void peersAndRolesKeepOnlyTheirWhy() {
        assertThat(text(new SimEvent.PeerChanged(0, N5, N3, PeerStatus.CONNECTED,
                "n5 sees n3: discovered through its beacon")))
                .isEqualTo("n5 sees n3 connected — discovered through its beacon");
        assertThat(text(new SimEvent.PeerChanged(0, N5, N1, PeerStatus.LOST, "n5 lost n1: silent for 3.5s")))
                .isEqualTo("n5 sees n1 lost — silent for 3.5s");
        assertThat(text(new SimEvent.StateChanged(0, N5, NodeState.JOINING, NodeState.SLAVE, N1,
                "n5 follows n1: 5 of 5 votes")))
                .isEqualTo("n5: joining → slave (master n1) — 5 of 5 votes");
        assertThat(text(new SimEvent.NodeStopped(0, N5, SimEvent.StopKind.DISPATCHED,
                "n5 dispatched: lost 3 > connected 1")))
                .isEqualTo("n5 dispatches itself — lost 3 > connected 1");
    }

    @Test
    void aSlaveThatChangesMasterSaysItFollowsTheNewOne() {
        assertThat(text(new SimEvent.StateChanged(0, N3, NodeState.SLAVE, NodeState.SLAVE, N2,
                "n3 follows n2: 4 of 4 votes")))
                .isEqualTo("n3 now follows n2 (still slave) — 4 of 4 votes");
    }

    @Test
    void aReasonAboutSomeoneElseIsKeptWhole() {
        assertThat(text(new SimEvent.PeerChanged(0, N5, N3, PeerStatus.DISPATCHED, "n3 said goodbye (quit)")))
                .isEqualTo("n5 sees n3 dispatched — n3 said goodbye (quit)");
    }
}
