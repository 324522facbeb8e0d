package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.protocol.election.CountResult;
import org.junit.jupiter.api.Test;

/** The inspector's "majority is m" agrees with the election's own verdict on a count. */
class NodeLiveTest {

    private static NodeLive counted(int n) {
        return new NodeLive(NodeId.of("n1"), 8081, NodeState.SLAVE, 0, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), n, 0);
    }

    @Test
    void exactlyHalfIsAMajorityAsInTheElection() {
        assertThat(counted(4).majority()).isEqualTo(2);
        assertThat(counted(5).majority()).isEqualTo(3);
        assertThat(counted(1).majority()).isEqualTo(1);
        for (int n = 1; n <= 12; n++) {
            int majority = counted(n).majority();
            assertThat(CountResult.isMajority(majority, n)).as("%d of %d", majority, n).isTrue();
            assertThat(CountResult.isMajority(majority - 1, n)).as("%d of %d", majority - 1, n).isFalse();
        }
    }
}
