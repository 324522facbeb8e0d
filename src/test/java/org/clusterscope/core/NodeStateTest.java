package org.clusterscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The five life states of PROTOCOL.md §1, as files and traces name them. */
class NodeStateTest {

    @Test
    void onlyJoiningSlaveAndMasterTakePartInTheProtocol() {
        assertThat(NodeState.values()).filteredOn(NodeState::isRunning)
                .containsExactly(NodeState.JOINING, NodeState.SLAVE, NodeState.MASTER);
    }

    @Test
    void everyStateReadsBackFromItsLowerCaseName() {
        for (NodeState state : NodeState.values()) {
            assertThat(NodeState.parse(state.jsonName())).isEqualTo(state);
            assertThat(state.toString()).isEqualTo(state.jsonName());
        }
        assertThat(NodeState.DISPATCHED.jsonName()).isEqualTo("dispatched");
    }

    @Test
    void anUnknownOrUpperCaseNameIsRefusedWithTheName() {
        assertThatThrownBy(() -> NodeState.parse("MASTER")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown node state 'MASTER'");
        assertThatThrownBy(() -> NodeState.parse("leader")).hasMessageContaining("'leader'");
    }

    @Test
    void peerStatusesAreNamedInLowerCaseToo() {
        assertThat(PeerStatus.LOST.jsonName()).isEqualTo("lost");
        assertThat(PeerStatus.CONNECTED).hasToString("connected");
    }
}
