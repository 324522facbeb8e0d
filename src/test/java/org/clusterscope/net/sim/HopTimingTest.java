package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterscope.net.sim.NetworkFixture.id;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent.PacketDelivered;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.sim.NetworkFixture.Text;

/** Every hop arrives exactly at its arrival time, however links are slow, fast or instant. */
class HopTimingTest {

    @Test
    void slowAndFastLinksDeliverInTimeOrder() {
        // n1 reaches n2 over a 100 ms link (beyond the calendar's ring) and n3 over a 10 ms one
        NetworkFixture net = new NetworkFixture().nodes("n1", "n2", "n3");
        net.link("n1", "n2", 100).link("n1", "n3", 10);

        net.transport("n1").send(id("n2"), new Text("data"));
        net.transport("n1").send(id("n3"), new Text("data"));
        net.runFor(SimTime.seconds(1));

        assertThat(net.recorded(PacketDelivered.class)).extracting(d -> d.receiver() + "@" + d.time())
                .containsExactly("n3@10000", "n2@100000");
    }

    @Test
    void linksWithoutLatencyDeliverAtTheSameInstant() {
        NetworkFixture net = new NetworkFixture(1, new LinkSettings(0, 0, 0)).nodes("a", "b", "c");
        net.chain("a", "b", "c");

        net.transport("a").send(id("c"), new Text("data"));
        net.transport("a").broadcast(new Text("beacon"), 16);
        net.runFor(0);

        assertThat(net.recorded(PacketDelivered.class)).extracting(d -> d.receiver() + "/" + d.hops() + "@" + d.time())
                .containsExactly("b/1@0", "c/2@0", "c/2@0");
    }

    @Test
    void arrivalsStayExactOverManyTurnsOfTheCalendar() {
        NetworkFixture net = new NetworkFixture().nodes("a", "b", "c");
        net.link("a", "b", 40).link("b", "c", 25.5);
        for (int i = 0; i < 100; i++) {
            net.engine.schedule(SimTime.ms(37L * i), () -> net.transport("a").send(id("c"), new Text("data")));
        }

        net.runFor(SimTime.seconds(10));

        List<PacketDelivered> delivered = net.recorded(PacketDelivered.class);
        assertThat(delivered).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(delivered.get(i).time()).isEqualTo(SimTime.ms(37L * i) + SimTime.ms(65.5));
        }
    }

    @Test
    void everyArrivalIsItsOwnEngineStep() {
        // three copies reach the hub's leaves at the same instant; a step listener sees them one by one
        NetworkFixture net = new NetworkFixture().nodes("hub", "x", "y", "z");
        net.link("hub", "x").link("hub", "y").link("hub", "z");
        List<Long> deliveredAfterEachStep = new java.util.ArrayList<>();
        net.engine.addStepListener(() -> deliveredAfterEachStep.add(net.network.counters().delivered()));

        net.transport("hub").broadcast(new Text("beacon"), 1);
        net.runFor(SimTime.seconds(1));

        assertThat(deliveredAfterEachStep).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aReceiverThatThrowsDoesNotLoseTheOtherArrivalsOfItsInstant() {
        NetworkFixture net = new NetworkFixture().nodes("hub", "x", "y", "z");
        net.link("hub", "x").link("hub", "y").link("hub", "z");
        boolean[] thrown = {false};
        net.transport("x").open(envelope -> {
            if (!thrown[0]) {
                thrown[0] = true;
                throw new IllegalStateException("a receiver bug");
            }
        });

        net.transport("hub").broadcast(new Text("beacon"), 1);

        assertThatThrownBy(() -> net.runFor(SimTime.seconds(1))).hasMessageContaining("a receiver bug");
        net.runFor(SimTime.seconds(1));
        assertThat(net.inbox("y")).hasSize(1);
        assertThat(net.inbox("z")).hasSize(1);
        assertThat(net.recorded(PacketDelivered.class)).allSatisfy(d -> assertThat(d.time()).isEqualTo(SimTime.ms(10)));
    }
}
