package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.net.sim.NetworkFixture.id;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.SimTime;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent.LinkChanged;
import org.clusterscope.event.SimEvent.PacketDropped;
import org.clusterscope.event.SimEvent.PartitionChanged;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.sim.NetworkFixture.Text;

/** Partitions cut links between groups; heal undoes every cut and every link fault (PROTOCOL.md §6). */
class PartitionTest {

    private static NetworkFixture square() {
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3", "n4");
        net.chain("n1", "n2", "n3", "n4", "n1");
        return net;
    }

    @Test
    void aPartitionSplitsTheNetworkAndHealJoinsItAgain() {
        NetworkFixture net = square();

        net.network.partition(List.of(List.of(id("n1"), id("n2"))), "partition");

        assertThat(net.network.reachable(id("n1"), id("n2"))).isTrue();
        assertThat(net.network.reachable(id("n1"), id("n3"))).isFalse();
        assertThat(net.network.components())
                .containsExactly(List.of(id("n1"), id("n2")), List.of(id("n3"), id("n4")));
        assertThat(net.transport("n1").send(id("n3"), new Text("data"))).isFalse();
        assertThat(net.recorded(PartitionChanged.class)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("partition");
            // the unnamed nodes form the implicit group
            assertThat(p.groups()).containsExactly(List.of(id("n1"), id("n2")), List.of(id("n3"), id("n4")));
        });
        assertThat(net.network.links()).filteredOn(LinkView::cut).hasSize(2);

        net.network.heal();

        assertThat(net.network.reachable(id("n1"), id("n3"))).isTrue();
        assertThat(net.network.components()).containsExactly(List.of(id("n1"), id("n2"), id("n3"), id("n4")));
        assertThat(net.transport("n1").send(id("n3"), new Text("data"))).isTrue();
        net.runFor(SimTime.seconds(1));
        assertThat(net.inbox("n3")).hasSize(1);
        assertThat(net.recorded(PartitionChanged.class)).last()
                .satisfies(p -> assertThat(p.groups()).isEmpty());
    }

    @Test
    void packetsOnALinkThatIsCutAreDropped() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b", 100);

        net.transport("a").send(id("b"), new Text("data"));
        net.runFor(SimTime.ms(30));
        net.network.partition(List.of(List.of(id("a")), List.of(id("b"))), "partition");
        net.runFor(SimTime.seconds(1));

        assertThat(net.inbox("b")).isEmpty();
        assertThat(net.recorded(PacketDropped.class)).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(DropReason.PARTITION));
    }

    @Test
    void aNewPartitionReplacesTheOldOne() {
        NetworkFixture net = square();

        net.network.partition(List.of(List.of(id("n1"))), "partition");
        net.network.partition(List.of(List.of(id("n3"))), "partition");

        assertThat(net.network.reachable(id("n1"), id("n2"))).isTrue();
        assertThat(net.network.reachable(id("n1"), id("n3"))).isFalse();
        assertThat(net.network.partitionGroups())
                .containsExactly(List.of(id("n3")), List.of(id("n1"), id("n2"), id("n4")));
    }

    @Test
    void healBringsDownedLinksBackUp() {
        NetworkFixture net = square();
        net.network.setLinkUp(id("n1"), id("n2"), false);
        net.network.setLinkUp(id("n2"), id("n3"), false);

        assertThat(net.network.reachable(id("n2"), id("n1"))).isFalse();
        net.network.heal();

        assertThat(net.network.links()).allSatisfy(l -> assertThat(l.live()).isTrue());
        assertThat(net.recorded(LinkChanged.class)).extracting(LinkChanged::reason)
                .containsExactly("link down", "link down", "heal", "heal");
    }

    @Test
    void aLinkBroughtUpStaysCutWhilePartitioned() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b");
        net.network.setLinkUp(id("a"), id("b"), false);
        net.network.partition(List.of(List.of(id("a"))), "partition");

        net.network.setLinkUp(id("a"), id("b"), true);

        assertThat(net.network.reachable(id("a"), id("b"))).isFalse();
        assertThat(net.network.links()).singleElement().satisfies(l -> {
            assertThat(l.up()).isTrue();
            assertThat(l.cut()).isTrue();
        });
    }

    @Test
    void aLinkAddedDuringAPartitionIsCutIfItCrossesGroups() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.network.partition(List.of(List.of(id("a"), id("b"))), "partition");

        net.link("a", "b").link("b", "c");

        assertThat(net.network.links()).extracting(LinkView::cut).containsExactly(false, true);
    }

    @Test
    void settingsChangesAreAnnounced() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b");
        net.link("a", "b");

        net.network.setLink(id("a"), id("b"), new LinkSettings(80, 2, 0.05));

        assertThat(net.recorded(LinkChanged.class)).singleElement().satisfies(c -> {
            assertThat(c.latencyMs()).isEqualTo(80);
            assertThat(c.jitterMs()).isEqualTo(2);
            assertThat(c.loss()).isEqualTo(0.05);
            assertThat(c.up()).isTrue();
        });
    }
}
