package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.junit.jupiter.api.Test;

/** The story invariants catch what they promise to, with the virtual time and what broke. */
class StoryInvariantsTest {

    private static Simulation ringOfThree(ProtocolConfig config) {
        Simulation sim = new Simulation(3, config, LinkSettings.DEFAULTS);
        for (int i = 1; i <= 3; i++) {
            sim.addNode(NodeSpec.of("n" + i, 8080 + i));
        }
        sim.link(NodeId.of("n1"), NodeId.of("n2"));
        sim.link(NodeId.of("n2"), NodeId.of("n3"));
        sim.link(NodeId.of("n3"), NodeId.of("n1"));
        sim.nodeIds().forEach(sim::start);
        return sim;
    }

    @Test
    void aHealthyElectionPassesEveryStep() {
        Simulation sim = ringOfThree(ProtocolConfig.defaults());
        StoryInvariants invariants = StoryInvariants.watch(sim);

        sim.runUntil(SimTime.ms(5_000));

        assertThat(invariants.stepsChecked()).isEqualTo(sim.engine().executedCount());
        assertThat(sim.currentMaster()).contains(NodeId.of("n1"));
    }

    @Test
    void threeMastersInOneComponentFailOnceTheGraceIsOver() {
        // with a hop limit of 0 nobody hears anybody: three masters on one connected ring
        Simulation sim = ringOfThree(ProtocolConfig.defaults().withBeaconHops(0));
        StoryInvariants.watch(sim);

        assertThatThrownBy(() -> sim.runUntil(SimTime.ms(10_000)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("two masters in one component for longer than the grace")
                .hasMessageContaining("are all masters in the component");
        // the grace is ttlMs + heartbeatMs = 4.5 s after the first two masters, at about 1 s
        assertThat(sim.now()).isGreaterThan(SimTime.ms(4_500)).isLessThan(SimTime.ms(7_000));
    }

    @Test
    void aVoteSlippedPastTheTallyIsCaughtAtTheNextStep() {
        Simulation sim = ringOfThree(ProtocolConfig.defaults());
        StoryInvariants.watch(sim);
        sim.runUntil(SimTime.ms(3_000));

        // n2's row of n3 now names n2, behind the election's back
        sim.node(NodeId.of("n2")).peers().get(NodeId.of("n3")).setVote(NodeId.of("n2"));

        assertThatThrownBy(() -> sim.step())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("invariant broken at 3.")
                .hasMessageContaining("n2's vote tally {n1=2} differs from a recount {n1=1, n2=1}");
    }
}
