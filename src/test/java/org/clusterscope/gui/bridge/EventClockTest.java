package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;

/** A live run's events read as time since the start, every instant of them and nothing else. */
class EventClockTest {

    private static final long ORIGIN = 1_796_000_000_000_000L;
    private final EventClock clock = new EventClock(ORIGIN);
    private final NodeId n1 = NodeId.of("n1");
    private final NodeId n2 = NodeId.of("n2");

    @Test
    void theTimeAndTheOtherInstantsOfAnEventAreCountedFromTheStart() {
        assertThat(clock.shift(new SimEvent.NodeStarted(ORIGIN + 5, n1, 8081, ORIGIN + 4)))
                .isEqualTo(new SimEvent.NodeStarted(5, n1, 8081, 4));
        assertThat(clock.shift(new SimEvent.PacketHop(ORIGIN + 10, 77, "beacon", n1, n2, ORIGIN + 30)))
                .isEqualTo(new SimEvent.PacketHop(10, 77, "beacon", n1, n2, 30));
        assertThat(clock.shift(new SimEvent.StateChanged(ORIGIN + 2_000_000, n1, NodeState.JOINING, NodeState.MASTER,
                n1, "3 of 3 votes"))).isEqualTo(new SimEvent.StateChanged(2_000_000, n1, NodeState.JOINING,
                        NodeState.MASTER, n1, "3 of 3 votes"));
    }

    @Test
    void numbersThatAreNotInstantsStayAsTheyAre() {
        SimEvent counted = clock.shift(new SimEvent.VotesCounted(ORIGIN + 1, n1, 5, n1, 3, true, "majority"));
        assertThat(counted).isEqualTo(new SimEvent.VotesCounted(1, n1, 5, n1, 3, true, "majority"));
        assertThat(clock.since(ORIGIN + 123)).isEqualTo(123);
    }
}
