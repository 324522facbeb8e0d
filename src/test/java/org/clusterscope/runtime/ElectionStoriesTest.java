package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import org.clusterscope.core.NodeState;
import org.junit.jupiter.api.Test;

/** Five nodes elect a master on the simulated network (PROTOCOL.md §3). */
class ElectionStoriesTest {

    @Test
    void fiveNodesInARingElectTheLowestPort() {
        Simulation sim = ring(nodes(7, 5));
        startAll(sim);

        sim.runUntil(seconds(5));

        assertThat(converged(sim, id("n1"))).as(sim.snapshots().toString()).isTrue();
        assertThat(sim.currentMaster()).contains(id("n1"));
        assertThat(state(sim, "n3")).isEqualTo(NodeState.SLAVE);
    }

    @Test
    void fiveNodesInACliqueElectTheLowestPort() {
        Simulation sim = clique(nodes(8, 5));
        startAll(sim);

        sim.runUntil(seconds(5));

        assertThat(converged(sim, id("n1"))).as(sim.snapshots().toString()).isTrue();
    }
}
