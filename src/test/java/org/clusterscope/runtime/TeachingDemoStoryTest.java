package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.protocol.ProtocolConfig;

/**
 * The "ring of five: the master dies" demo of SCENARIO_FORMAT.md, driven through the
 * Simulation's commands, with its expectations checked at their instants and the
 * one-master-per-component invariant checked after every step.
 */
class TeachingDemoStoryTest {

    @Test
    void ringOfFiveTheMasterDies() {
        Simulation sim = nodes(7, ProtocolConfig.defaults(), new LinkSettings(20, 5, 0), 5);
        ring(sim);
        sim.link(id("n1"), id("n3"), new LinkSettings(80, 5, 0.05));
        EventLog log = EventLog.attach(sim);
        List<String> violations = new ArrayList<>();
        sim.engine().addStepListener(() -> {
            for (List<NodeId> component : sim.network().components()) {
                long masters = component.stream().filter(n -> sim.node(n).state() == NodeState.MASTER).count();
                if (masters > 1) {
                    violations.add(SimTime.format(sim.now()) + " " + component);
                }
            }
        });
        List.of("n1", "n2", "n3", "n4").forEach(n -> sim.start(id(n)));
        sim.at(seconds(2), () -> sim.start(id("n5")));
        sim.at(seconds(10), () -> sim.kill(sim.currentMaster().orElseThrow()));
        sim.at(seconds(20), () -> sim.partition(List.of(ids("n2", "n3", "n4"), ids("n5"))));
        sim.at(seconds(30), sim::heal);
        sim.at(seconds(32), () -> sim.restart(id("n1")));

        sim.runUntil(seconds(8));
        assertThat(converged(sim, id("n1"))).as(log.narrative()).isTrue();
        sim.runUntil(seconds(18));
        assertThat(converged(sim, id("n2"))).as(log.narrative()).isTrue();
        sim.runUntil(seconds(28));
        assertThat(state(sim, "n5")).isEqualTo(NodeState.DISPATCHED);
        assertThat(converged(sim, id("n2"), ids("n2", "n3", "n4"))).isTrue();
        sim.runUntil(seconds(38));
        assertThat(converged(sim, id("n1"))).as(log.narrative()).isTrue();
        sim.runUntil(seconds(40));

        assertThat(violations).isEmpty();
        assertThat(log.of(org.clusterscope.event.SimEvent.NodeStopped.class)).extracting(e -> e.reason())
                .containsExactly("n1 killed", "n5 dispatched: lost 3 > connected 1");
    }
}
