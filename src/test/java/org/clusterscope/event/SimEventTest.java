package org.clusterscope.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;

/** Events are values with a stable type name: the trace format (SCENARIO_FORMAT.md "--trace") is built on both. */
class SimEventTest {

    private static final NodeId N1 = NodeId.of("n1");
    private static final NodeId N2 = NodeId.of("n2");

    /** One event of every kind, in declaration order. */
    static List<SimEvent> oneOfEach() {
        return List.of(
                new SimEvent.NodeStarted(1, N1, 8081, 1),
                new SimEvent.NodeStopped(2, N1, SimEvent.StopKind.KILLED, "n1 killed"),
                new SimEvent.StateChanged(3, N1, NodeState.JOINING, NodeState.MASTER, N1, "alone"),
                new SimEvent.PeerChanged(4, N1, N2, PeerStatus.LOST, "silence"),
                new SimEvent.TagsChanged(5, N1, List.of("db")),
                new SimEvent.VoteCast(6, N1, N2, "lowest port"),
                new SimEvent.VotesCounted(7, N1, 3, N2, 2, true, "beacon"),
                new SimEvent.PacketSent(8, 1, "beacon", N1, null, 16),
                new SimEvent.PacketHop(9, 1, "beacon", N1, N2, 19),
                new SimEvent.PacketDelivered(10, 1, "beacon", N1, N2, 1),
                new SimEvent.PacketDropped(11, 1, "beacon", N1, N2, DropReason.LOSS),
                new SimEvent.LinkChanged(12, N1, N2, false, 10, 0, 0, "link down"),
                new SimEvent.PartitionChanged(13, "halves", List.of(List.of(N1), List.of(N2))),
                new SimEvent.ServiceEvent(14, N1, "query.done", ""),
                new SimEvent.Note(15, "look"),
                new SimEvent.Warning(16, "careful"),
                new SimEvent.GdbWritten(17, N1, "write", "shop", "shop.gdb.prices", "pear", "2", "n1 is ROOT"),
                new SimEvent.GdbRefused(18, N2, "write", "shop", "shop.gdb.prices", "pear", "3", "n2 is GUEST"),
                new SimEvent.GdbSyncSent(19, N1, N2, "shop", 4),
                new SimEvent.GdbSyncMerged(20, N2, N1, "shop", 4, 1),
                new SimEvent.GdbConflict(21, N2, "shop.gdb.prices", "pear", N1, "2", N2, "3", "later timestamp"),
                new SimEvent.GdbExpired(22, N1, "shop.gdb.prices", "pear", "2"),
                new SimEvent.GdbNetChanged(23, "Backbone", false, "netDown"),
                new SimEvent.GdbClusterChanged(24, "shop", "0x01", false, "no network online"),
                new SimEvent.ConnectRequest(25, N1, N2, "degree 2, below its min 3"),
                new SimEvent.Connect(26, N1, N2, "n2 accepted at 4 of its max 9"),
                new SimEvent.Refuse(27, N2, N1, "9 connections, its max"),
                new SimEvent.Disconnect(28, N1, N2, "n2 stopped"));
    }

    @Test
    void everyKindOfEventHasItsOwnStableTypeName() {
        List<SimEvent> events = oneOfEach();

        assertThat(events).extracting(SimEvent::type).containsExactly("node.started", "node.stopped", "node.state",
                "peer.changed", "node.tags", "election.vote", "election.count", "packet.sent", "packet.hop",
                "packet.delivered", "packet.dropped", "link.changed", "partition", "service", "note", "warning",
                "gdb.write", "gdb.refused", "gdb.sync.sent", "gdb.sync.merged", "gdb.conflict", "gdb.expired",
                "gdb.net", "gdb.cluster", "connectRequest", "connect", "refuse", "disconnect");
        assertThat(events).extracting(SimEvent::time).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L,
                12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L);
    }

    @Test
    void theFamilyIsClosedAndEachMemberIsCoveredAbove() {
        // a new kind of event needs a type name here and in the trace: this test is the reminder
        List<Class<?>> members = new ArrayList<>();
        for (Class<?> member : SimEvent.class.getPermittedSubclasses()) {
            // a sealed sub-family (the overlay events) counts by its members
            members.addAll(member.isInterface() ? Arrays.asList(member.getPermittedSubclasses()) : List.of(member));
        }
        assertThat(SimEvent.class.isSealed()).isTrue();
        assertThat(oneOfEach()).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void eventsKeepACopyOfTheListsTheyAreGiven() {
        List<String> tags = new ArrayList<>(List.of("db"));
        List<NodeId> group = new ArrayList<>(List.of(N1));
        SimEvent.TagsChanged changed = new SimEvent.TagsChanged(0, N1, tags);
        SimEvent.PartitionChanged partition = new SimEvent.PartitionChanged(0, "partition", List.of(group));

        tags.add("web");
        group.add(N2);

        assertThat(changed.tags()).containsExactly("db");
        assertThat(partition.groups()).containsExactly(List.of(N1));
        assertThatThrownBy(() -> changed.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> partition.groups().get(0).add(N2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalFieldsMakeEqualEvents() {
        assertThat(new SimEvent.VoteCast(6, N1, N2, "why")).isEqualTo(new SimEvent.VoteCast(6, N1, N2, "why"))
                .isNotEqualTo(new SimEvent.VoteCast(7, N1, N2, "why"));
    }

    @Test
    void aNoteMustSaySomething() {
        assertThatThrownBy(() -> new SimEvent.Note(0, null)).isInstanceOf(NullPointerException.class);
    }
}
