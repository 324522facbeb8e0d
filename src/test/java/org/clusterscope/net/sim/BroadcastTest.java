package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.net.sim.NetworkFixture.id;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.SimTime;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent.PacketDelivered;
import org.clusterscope.event.SimEvent.PacketDropped;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.sim.NetworkFixture.Text;

/** Broadcasts flood hop by hop, once per node, up to their hop limit (PROTOCOL.md §2). */
class BroadcastTest {

    @Test
    void aBroadcastReachesExactlyTheNodesWithinItsHopLimitOnceEach() {
        // a ring of eight: from n1, two hops reach n2, n3, n8 and n7, not n4, n5, n6
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8");
        net.chain("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n1");

        net.transport("n1").broadcast(new Text("beacon"), 2);
        net.runFor(SimTime.seconds(1));

        assertThat(net.recorded(PacketDelivered.class)).extracting(d -> d.receiver().value() + "/" + d.hops())
                .containsExactlyInAnyOrder("n2/1", "n8/1", "n3/2", "n7/2");
        assertThat(net.inbox("n1")).isEmpty();
        assertThat(net.inbox("n4")).isEmpty();
        assertThat(net.recorded(PacketDropped.class)).extracting(d -> d.at().value() + ":" + d.reason())
                .containsExactlyInAnyOrder("n3:hop-limit", "n7:hop-limit");
        Envelope got = net.inbox("n3").get(0);
        assertThat(got.isBroadcast()).isTrue();
        assertThat(got.from()).isEqualTo(id("n1"));
    }

    @Test
    void aFloodInACliqueReachesEveryoneOnceAndNeverTheSender() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c", "d", "e");
        String[] all = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                net.link(all[i], all[j]);
            }
        }

        net.transport("c").broadcast(new Text("beacon"), 16);
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox("c")).isEmpty();
        for (String other : List.of("a", "b", "d", "e")) {
            assertThat(net.inbox(other)).singleElement().satisfies(e -> assertThat(e.hops()).isEqualTo(1));
        }
        assertThat(net.network.counters().delivered()).isEqualTo(4);
    }

    @Test
    void copiesCrossingEachOtherAreDeliveredOnlyOnce() {
        // a square: n3 hears the flood from n2 and n4 at the same instant, and takes only one
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3", "n4");
        net.chain("n1", "n2", "n3", "n4", "n1");

        net.transport("n1").broadcast(new Text("beacon"), 16);
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox("n3")).hasSize(1);
        assertThat(net.network.counters().duplicates()).isEqualTo(1);
    }

    @Test
    void hopLimitZeroReachesNobodyElse() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.chain("a", "b", "c");

        net.transport("a").broadcast(new Text("beacon"), 0);
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox).allSatisfy((node, got) -> assertThat(got).isEmpty());
        assertThat(net.recorded(PacketDropped.class)).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.HOP_LIMIT);
            assertThat(d.at()).isEqualTo(id("a"));
        });
    }

    @Test
    void aLossyLinkIsRoutedAroundByTheFlood() {
        // n1 reaches n3 both directly over a dead-lossy link and through n2
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3");
        net.link("n1", "n2").link("n2", "n3");
        net.network.link(id("n1"), id("n3"), new LinkSettings(1, 0, 1.0));

        net.transport("n1").broadcast(new Text("beacon"), 16);
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox("n3")).singleElement().satisfies(e -> assertThat(e.hops()).isEqualTo(2));
        assertThat(net.network.counters().dropped(DropReason.LOSS)).isEqualTo(1);
    }

    @Test
    void aNodeThatStopsOnReceiptRelaysNothing() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.chain("a", "b", "c");
        net.transport("b").open(envelope -> net.stop("b"));

        net.transport("a").broadcast(new Text("beacon"), 16);
        net.runFor(SimTime.seconds(1));

        assertThat(net.transport("b").isOpen()).isFalse();
        assertThat(net.inbox("c")).isEmpty();
    }
}
