package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterscope.net.sim.NetworkFixture.id;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent.PacketDelivered;
import org.clusterscope.event.SimEvent.PacketDropped;
import org.clusterscope.event.SimEvent.PacketHop;
import org.clusterscope.event.SimEvent.PacketSent;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.sim.NetworkFixture.Text;

/** Messages to one node: hop by hop along shortest live paths (PROTOCOL.md §6). */
class SimNetworkTest {

    @Test
    void aMessageToADistantNodeTravelsLinkByLink() {
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3", "n4");
        net.link("n1", "n2", 10).link("n2", "n3", 20).link("n3", "n4", 30);

        boolean sent = net.transport("n1").send(id("n4"), new Text("data"));
        net.runFor(SimTime.seconds(1));

        assertThat(sent).isTrue();
        assertThat(net.recorded(PacketHop.class))
                .extracting(h -> h.from() + ">" + h.to() + "@" + h.time() + "->" + h.arrival())
                .containsExactly("n1>n2@0->10000", "n2>n3@10000->30000", "n3>n4@30000->60000");
        Envelope got = net.inbox("n4").get(0);
        assertThat(got.from()).isEqualTo(id("n1"));
        assertThat(got.to()).isEqualTo(id("n4"));
        assertThat(got.hops()).isEqualTo(3);
        assertThat(net.recorded(PacketDelivered.class)).singleElement()
                .satisfies(d -> assertThat(d.time()).isEqualTo(SimTime.ms(60)));
        assertThat(net.inbox("n2")).isEmpty();
        assertThat(net.inbox("n3")).isEmpty();
        assertThat(net.network.counters().relayed(id("n2"))).isEqualTo(1);
        assertThat(net.network.counters().hops(id("n3"), id("n4"))).isEqualTo(1);
    }

    @Test
    void theShortestPathWinsOverTheFirstLinked() {
        // a long way round n1-n2-n3-n4-n5 and a shortcut n1-n5 linked last
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3", "n4", "n5");
        net.chain("n1", "n2", "n3", "n4", "n5").link("n1", "n5");

        net.transport("n1").send(id("n4"), new Text("data"));
        net.runFor(SimTime.seconds(1));

        assertThat(net.recorded(PacketHop.class)).extracting(h -> h.from() + ">" + h.to())
                .containsExactly("n1>n5", "n5>n4");
    }

    @Test
    void equalRoutesAreBrokenInScenarioOrder() {
        // a diamond: n1 reaches n4 through n2 or n3; n3 is linked first but n2 comes first in the scenario
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3", "n4");
        net.link("n1", "n3").link("n3", "n4").link("n1", "n2").link("n2", "n4");

        net.transport("n1").send(id("n4"), new Text("data"));
        net.transport("n4").send(id("n1"), new Text("data"));
        net.runFor(SimTime.seconds(1));

        assertThat(net.recorded(PacketHop.class)).extracting(h -> h.from() + ">" + h.to())
                .containsExactly("n1>n2", "n4>n2", "n2>n4", "n2>n1");
    }

    @Test
    void aStoppedNodeNeitherReceivesNorRelays() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.chain("a", "b", "c");
        net.stop("b");

        boolean sent = net.transport("a").send(id("c"), new Text("data"));
        net.transport("a").broadcast(new Text("beacon"), 16);
        net.runFor(SimTime.seconds(1));

        assertThat(sent).isFalse();
        assertThat(net.network.reachable(id("a"), id("c"))).isFalse();
        assertThat(net.recorded(PacketDropped.class)).extracting(PacketDropped::reason)
                .containsExactly(DropReason.NO_ROUTE, DropReason.RECEIVER_DOWN);
        assertThat(net.inbox("b")).isEmpty();
        assertThat(net.inbox("c")).isEmpty();
        assertThat(net.network.components()).containsExactly(List.of(id("a")), List.of(id("c")));
    }

    @Test
    void aClosedTransportSendsNothing() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b");
        net.stop("a");

        assertThat(net.transport("a").send(id("b"), new Text("data"))).isFalse();
        net.transport("a").broadcast(new Text("beacon"), 16);
        net.runFor(SimTime.seconds(1));

        assertThat(net.recorded).isEmpty();
        assertThat(net.inbox("b")).isEmpty();
    }

    @Test
    void aMessageToAnUnknownNodeHasNoRoute() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b");

        assertThat(net.transport("a").send(id("zz"), new Text("data"))).isFalse();

        assertThat(net.recorded(PacketDropped.class)).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(DropReason.NO_ROUTE));
    }

    @Test
    void aPacketInFlightToANodeThatStopsIsDroppedOnArrival() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b", 100);

        net.transport("a").send(id("b"), new Text("data"));
        net.runFor(SimTime.ms(50));
        net.stop("b");
        net.start("b"); // a new incarnation does not receive what was sent to the old one
        net.runFor(SimTime.ms(100));

        assertThat(net.inbox("b")).isEmpty();
        assertThat(net.recorded(PacketDropped.class)).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.RECEIVER_DOWN);
            assertThat(d.time()).isEqualTo(SimTime.ms(100));
        });
    }

    @Test
    void aLinkTakenDownMidFlightDropsThePacketAtOnce() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b", 100);

        net.transport("a").send(id("b"), new Text("data"));
        net.runFor(SimTime.ms(40));
        net.network.setLinkUp(id("a"), id("b"), false);
        net.runFor(SimTime.ms(200));

        assertThat(net.inbox("b")).isEmpty();
        assertThat(net.recorded(PacketDropped.class)).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.LINK_DOWN);
            assertThat(d.time()).isEqualTo(SimTime.ms(40));
            assertThat(d.at()).isEqualTo(id("a"));
            assertThat(d.next()).isEqualTo(id("b"));
        });
        assertThat(net.transport("a").send(id("b"), new Text("data"))).isFalse();
        assertThat(net.network.counters().dropped(id("a"), id("b"), DropReason.LINK_DOWN)).isEqualTo(1);
    }

    @Test
    void aPartitionDropsWhatIsOnEveryLinkItCutsLinkByLinkOldestFirst() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.link("a", "b", 100);
        net.link("a", "c", 100);

        net.transport("a").send(id("c"), new Text("first"));
        net.runFor(SimTime.ms(5));
        net.transport("a").send(id("b"), new Text("second"));
        net.transport("a").send(id("c"), new Text("third"));
        net.runFor(SimTime.ms(5));
        net.network.partition(List.of(List.of(id("a"))), "isolate a");
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox("b")).isEmpty();
        assertThat(net.inbox("c")).isEmpty();
        // links in the order they were made (a-b, then a-c), each oldest first
        assertThat(net.recorded(PacketDropped.class)).extracting(d -> d.next().value() + ":" + d.packet() + ":" + d.reason())
                .containsExactly("b:2:partition", "c:1:partition", "c:3:partition");
        assertThat(net.recorded(PacketDropped.class)).allSatisfy(d -> assertThat(d.time()).isEqualTo(SimTime.ms(10)));
    }

    @Test
    void unlinkingDropsWhatIsOnTheLink() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b", 100);

        net.transport("a").broadcast(new Text("beacon"), 16);
        net.runFor(SimTime.ms(10));
        net.network.unlink(id("a"), id("b"));
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox("b")).isEmpty();
        assertThat(net.recorded(PacketDropped.class)).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(DropReason.LINK_DOWN));
    }

    @Test
    void aRouteThatVanishesMidWayStrandsThePacketWhereItIs() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.link("a", "b", 10).link("b", "c", 10);

        net.transport("a").send(id("c"), new Text("data"));
        net.runFor(SimTime.ms(5));
        net.network.setLinkUp(id("b"), id("c"), false);
        net.runFor(SimTime.ms(100));

        assertThat(net.recorded(PacketDropped.class)).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.NO_ROUTE);
            assertThat(d.at()).isEqualTo(id("b"));
            assertThat(d.time()).isEqualTo(SimTime.ms(10));
        });
    }

    @Test
    void totalLossDropsEveryPacketAsLost() {
        NetworkFixture net = new NetworkFixture(3, new LinkSettings(10, 0, 1.0)).nodes("a", "b", "c");
        net.chain("a", "b", "c");

        for (int i = 0; i < 10; i++) {
            net.transport("a").send(id("c"), new Text("data"));
            net.transport("b").broadcast(new Text("beacon"), 16);
        }
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox).allSatisfy((node, got) -> assertThat(got).isEmpty());
        assertThat(net.recorded(PacketDropped.class)).hasSize(30)
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo(DropReason.LOSS));
        assertThat(net.network.counters().dropped(DropReason.LOSS)).isEqualTo(30);
    }

    @Test
    void jitterSpreadsArrivalsWithinItsBoundsAndNeverBelowZero() {
        NetworkFixture net = new NetworkFixture(5, new LinkSettings(2, 5, 0)).nodes("a", "b");
        net.link("a", "b");

        for (int i = 0; i < 200; i++) {
            net.transport("a").send(id("b"), new Text("data"));
        }
        net.runFor(SimTime.seconds(1));

        List<Long> delays = net.recorded(PacketHop.class).stream().map(h -> h.arrival() - h.time()).toList();
        assertThat(delays).hasSize(200).allSatisfy(d -> assertThat(d).isBetween(0L, SimTime.ms(7)));
        assertThat(delays).contains(0L).anySatisfy(d -> assertThat(d).isGreaterThan(SimTime.ms(5)));
        assertThat(net.inbox("b")).hasSize(200);
    }

    @Test
    void aMessageToItselfArrivesWithoutCrossingALink() {
        NetworkFixture net = new NetworkFixture().nodes("a");

        assertThat(net.transport("a").send(id("a"), new Text("data"))).isTrue();
        net.runFor(1);

        assertThat(net.inbox("a")).singleElement().satisfies(e -> assertThat(e.hops()).isZero());
        assertThat(net.recorded(PacketHop.class)).isEmpty();
    }

    @Test
    void packetIdsAreUniqueAndCountUp() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b");

        net.transport("a").send(id("b"), new Text("data"));
        net.transport("b").broadcast(new Text("beacon"), 1);
        net.transport("a").send(id("b"), new Text("data"));

        assertThat(net.recorded(PacketSent.class)).extracting(PacketSent::packet).containsExactly(1L, 2L, 3L);
    }

    @Test
    void linkingTwiceKeepsOneLinkWithTheLaterSettings() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        NodeId a = id("a");
        NodeId b = id("b");

        net.network.link(a, b);
        net.network.link(b, a, new LinkSettings(50, 1, 0.5));
        net.network.link(a, a);

        assertThat(net.network.links()).containsExactly(new LinkView(a, b, new LinkSettings(50, 1, 0.5), true, false));
        assertThat(net.network.linkBetween(b, a)).contains(net.network.links().get(0));
        net.network.unlink(b, a);
        assertThat(net.network.links()).isEmpty();
        assertThat(net.network.linkBetween(a, b)).isEmpty();
        assertThat(net.network.reachable(a, b)).isFalse();
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");

        assertThatThrownBy(() -> net.network.addNode(id("a"))).hasMessageContaining("already");
        assertThatThrownBy(() -> net.network.link(id("a"), id("x"))).hasMessageContaining("unknown node x");
        assertThatThrownBy(() -> net.network.setLinkUp(id("a"), id("b"), false))
                .hasMessageContaining("no link between a and b");
        assertThatThrownBy(() -> new LinkSettings(-1, 0, 0)).hasMessageContaining("latencyMs");
        assertThatThrownBy(() -> new LinkSettings(1, 0, 1.5)).hasMessageContaining("loss");
        assertThatThrownBy(() -> net.transport("a").broadcast(new Text("beacon"), -1))
                .hasMessageContaining("hop limit");
    }

    @Test
    void settingsChangeOnlyWhatIsGiven() {
        LinkSettings s = new LinkSettings(20, 5, 0.1);

        assertThat(s.with(null, 0.0, null)).isEqualTo(new LinkSettings(20, 0, 0.1));
        assertThat(LinkSettings.DEFAULTS).isEqualTo(new LinkSettings(10, 0, 0));
    }
}
