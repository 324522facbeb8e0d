package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.net.sim.NetworkFixture.id;

import java.util.List;

import org.clusterscope.core.SimTime;
import org.clusterscope.event.DropReason;
import org.clusterscope.net.sim.NetworkFixture.Text;
import org.junit.jupiter.api.Test;

/** What the network counts, per node and per link, with or without anyone listening. */
class CountersTest {

    @Test
    void aFloodAlongAChainIsCountedHopByHop() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c", "d");
        net.chain("a", "b", "c", "d");
        net.quiet();

        net.transport("a").broadcast(new Text("beacon"), 2);
        net.transport("d").send(id("a"), new Text("data"));
        net.runFor(SimTime.seconds(1));

        NetworkCounters counters = net.network.counters();
        assertThat(net.recorded).isEmpty();
        assertThat(counters.sent(id("a"))).isEqualTo(1);
        assertThat(counters.sent(id("d"))).isEqualTo(1);
        assertThat(counters.delivered(id("b"))).isEqualTo(1);
        assertThat(counters.delivered(id("c"))).isEqualTo(1);
        assertThat(counters.delivered(id("d"))).isZero();
        assertThat(counters.delivered(id("a"))).isEqualTo(1);
        assertThat(counters.relayed(id("b"))).isEqualTo(2);
        assertThat(counters.relayed(id("c"))).isEqualTo(1);
        assertThat(counters.dropped(id("c"), DropReason.HOP_LIMIT)).isEqualTo(1);
        assertThat(counters.hops(id("a"), id("b"))).isEqualTo(2);
        assertThat(counters.hops(id("c"), id("b"))).isEqualTo(2);
        assertThat(counters.hops()).isEqualTo(5);
        assertThat(counters.arrivals()).isEqualTo(5);
        assertThat(counters.sent()).isEqualTo(2);
        assertThat(counters.delivered()).isEqualTo(3);
    }

    @Test
    void aLinksCountsSurviveUnlinkingAndLinkingAgain() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b");
        net.transport("a").send(id("b"), new Text("data"));
        net.runFor(SimTime.seconds(1));

        net.network.unlink(id("a"), id("b"));
        net.link("b", "a");
        net.transport("a").send(id("b"), new Text("data"));
        net.runFor(SimTime.seconds(1));

        assertThat(net.network.counters().hops(id("a"), id("b"))).isEqualTo(2);
    }

    @Test
    void componentsFollowNodesStoppingAndStarting() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.chain("a", "b", "c");
        assertThat(net.network.components()).containsExactly(List.of(id("a"), id("b"), id("c")));

        net.stop("b");
        assertThat(net.network.components()).containsExactly(List.of(id("a")), List.of(id("c")));

        net.start("b");
        assertThat(net.network.components()).containsExactly(List.of(id("a"), id("b"), id("c")));
        assertThat(net.network.isRunning(id("b"))).isTrue();
    }
}
