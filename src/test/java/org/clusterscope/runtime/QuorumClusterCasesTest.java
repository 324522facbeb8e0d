package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.Strategy;

/** The integration cases of QuorumCluster, each replayed on the simulated network. */
class QuorumClusterCasesTest {

    @Test
    void handshakeOfThree() {
        Simulation sim = chain(nodes(61, 3));
        startAll(sim);

        sim.runUntil(seconds(2));

        assertThat(sim.snapshot(id("n1")).connected()).containsExactlyElementsOf(ids("n2", "n3"));
        assertThat(sim.snapshot(id("n2")).connected()).containsExactlyElementsOf(ids("n1", "n3"));
        assertThat(sim.snapshot(id("n3")).connected()).containsExactlyElementsOf(ids("n1", "n2"));
        assertThat(sim.snapshot(id("n3")).votes()).containsEntry(id("n1"), id("n1")).containsEntry(id("n2"), id("n1"));
        assertThat(converged(sim, id("n1"))).isTrue();
    }

    @Test
    void reEnterWithTheSameName() {
        Simulation sim = chain(nodes(62, 3));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(2));

        sim.quit(id("n3"));
        sim.runUntil(seconds(3));
        assertThat(sim.snapshot(id("n1")).dispatched()).containsExactly(id("n3"));
        sim.start(id("n3"));
        sim.runUntil(seconds(5));

        assertThat(sim.snapshot(id("n1")).connected()).containsExactlyElementsOf(ids("n2", "n3"));
        assertThat(sim.snapshot(id("n1")).dispatched()).isEmpty();
        assertThat(converged(sim, id("n1"))).isTrue();
        assertThat(log.of(SimEvent.NodeStarted.class, e -> e.node().equals(id("n3")))).extracting(SimEvent.NodeStarted::birth)
                .containsExactly(0L, seconds(3));
    }

    @Test
    void killIsDetectedBySilence() {
        Simulation sim = clique(nodes(63, 3));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(2));

        sim.kill(id("n2"));
        sim.runUntil(seconds(7));

        assertThat(sim.snapshot(id("n1")).lost()).containsExactly(id("n2"));
        assertThat(log.of(SimEvent.PeerChanged.class, e -> e.status() == PeerStatus.LOST && e.node().equals(id("n1"))))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("n1 lost n2: silent for 3.5s"));
    }

    @Test
    void dispatchIsAGoodbyeNotALoss() {
        Simulation sim = clique(nodes(64, 3));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(2));

        sim.quit(id("n2"));
        sim.runUntil(seconds(8));

        assertThat(sim.snapshot(id("n1")).dispatched()).containsExactly(id("n2"));
        assertThat(sim.snapshot(id("n1")).lost()).isEmpty();
        assertThat(log.of(SimEvent.NodeStopped.class)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(SimEvent.StopKind.QUIT));
        assertThat(running(sim)).containsExactlyElementsOf(ids("n1", "n3"));
    }

    @Test
    void masterByBirthTime() {
        Simulation sim = watched(new Simulation(65, ProtocolConfig.defaults().withStrategy(Strategy.TIME), LinkSettings.DEFAULTS));
        sim.addNode(NodeSpec.of("n1", 8081));
        sim.addNode(NodeSpec.of("n2", 8082));
        sim.addNode(NodeSpec.of("n3", 8083));
        clique(sim);
        sim.start(id("n3"));
        sim.at(seconds(2), () -> sim.start(id("n2")));
        sim.at(seconds(4), () -> sim.start(id("n1")));

        sim.runUntil(seconds(7));

        assertThat(converged(sim, id("n3"))).isTrue();
    }

    @Test
    void masterByPort() {
        Simulation sim = clique(nodes(66, 3));
        sim.start(id("n3"));
        sim.at(seconds(2), () -> sim.start(id("n2")));
        sim.at(seconds(4), () -> sim.start(id("n1")));

        sim.runUntil(seconds(7));

        assertThat(converged(sim, id("n1"))).isTrue();
    }

    @Test
    void masterChangeAfterDispatch() {
        Simulation sim = clique(nodes(67, 3));
        EventLog log = EventLog.attach(sim);
        startAll(sim);
        sim.runUntil(seconds(2));

        sim.quit(id("n1"));
        sim.runUntil(seconds(2.1));

        assertThat(converged(sim, id("n2"), ids("n2", "n3"))).isTrue();
        assertThat(log.of(SimEvent.StateChanged.class, e -> e.node().equals(id("n3")) && e.to() == NodeState.SLAVE))
                .last().satisfies(e -> assertThat(e.master()).isEqualTo(id("n2")));
        assertThat(state(sim, "n1")).isEqualTo(NodeState.DISPATCHED);
        assertThat(sim.snapshot(id("n1")).connected()).isEmpty();
        assertThat(List.of(sim.snapshot(id("n3")).countN(), sim.snapshot(id("n3")).countVotes())).containsExactly(2, 2);
    }
}
