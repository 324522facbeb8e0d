package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gui.doc.LinkKey;
import org.junit.jupiter.api.Test;

/** The canvas picture is folded from events alone: states, votes, packets, drops and partitions. */
class LiveWorldTest {

    private static final NodeId N1 = NodeId.of("n1");
    private static final NodeId N2 = NodeId.of("n2");
    private static final LinkKey LINK = LinkKey.of(N1, N2);

    /** In scenario order, as the window hands them over. */
    private final LiveWorld world = new LiveWorld(ports(), Map.of(LINK, new LinkLive(true, false, 0, 0)));

    private static Map<NodeId, Integer> ports() {
        Map<NodeId, Integer> ports = new LinkedHashMap<>();
        ports.put(N1, 8081);
        ports.put(N2, 8082);
        return ports;
    }

    @Test
    void aStartedNodeThatWinsItsVoteIsDrawnAsMasterHoldingTheVotes() {
        world.onEvent(new SimEvent.NodeStarted(0, N1, 8081, 0));
        world.onEvent(new SimEvent.NodeStarted(0, N2, 8082, 0));
        world.onEvent(new SimEvent.VoteCast(10, N2, N1, "lowest port"));
        world.onEvent(new SimEvent.VoteCast(10, N1, N1, "lowest port"));
        world.onEvent(new SimEvent.PeerChanged(12, N1, N2, PeerStatus.CONNECTED, "beacon"));
        world.onEvent(new SimEvent.StateChanged(20, N1, NodeState.JOINING, NodeState.MASTER, N1, "2 of 2"));

        LiveFrame frame = world.freeze(30, 0, 1, true, 1_000_000_000);

        assertThat(frame.masters()).containsExactly(N1);
        assertThat(frame.nodes().get(N1).votesHeld()).containsExactly(N1, N2);
        assertThat(frame.nodes().get(N1).connected()).containsExactly(N2);
        assertThat(frame.nodes().get(N2).vote()).isEqualTo(N1);
    }

    @Test
    void eachFrameShowsWhatChangedSinceThePreviousOneAndReusesWhatDidNot() {
        world.onEvent(new SimEvent.NodeStarted(0, N1, 8081, 0));
        world.onEvent(new SimEvent.NodeStarted(0, N2, 8082, 0));
        world.onEvent(new SimEvent.PeerChanged(12, N1, N2, PeerStatus.CONNECTED, "beacon"));
        LiveFrame first = world.freeze(20, 0, 1, true, 1_000_000_000);

        world.onEvent(new SimEvent.PeerChanged(30, N1, N2, PeerStatus.LOST, "silent"));
        world.onEvent(new SimEvent.VoteCast(30, N1, N1, "alone"));
        LiveFrame second = world.freeze(40, 0, 1, true, 1_000_000_000);

        assertThat(second.nodes().get(N1).connected()).isEmpty();
        assertThat(second.nodes().get(N1).lost()).containsExactly(N2);
        assertThat(second.nodes().get(N1).votesHeld()).containsExactly(N1);
        // n2 did nothing in between: its picture is the one already handed out
        assertThat(second.nodes().get(N2)).isSameAs(first.nodes().get(N2));
        assertThat(first.nodes().get(N1).connected()).containsExactly(N2);
    }

    @Test
    void aDropEndsTheFlightOfItsOwnPacketEvenWhenIdsHashAlike() {
        world.setMinimumFlightMicros(0);
        NodeId n35 = NodeId.of("n35");
        NodeId n45 = NodeId.of("n45");
        // "n45" hashes 31 above "n35": packet 1 from n45 and packet 2 from n35 once shared a key
        world.onEvent(new SimEvent.PacketHop(100, 1, "beacon", n45, NodeId.of("n46"), 120));
        world.onEvent(new SimEvent.PacketHop(100, 2, "vote", n35, NodeId.of("n36"), 120));
        world.onEvent(new SimEvent.PacketDropped(110, 1, "beacon", n45, NodeId.of("n46"), DropReason.LOSS));

        LiveFrame frame = world.freeze(110, 0, 1, true, 1_000_000_000);
        assertThat(frame.flights()).extracting(Flight::kind).containsExactly("vote");
    }

    @Test
    void aPacketFliesUntilItArrivesAndADroppedOneLeavesAMarkInstead() {
        world.setMinimumFlightMicros(0);
        world.onEvent(new SimEvent.PacketHop(100, 1, "beacon", N1, N2, 120));
        world.onEvent(new SimEvent.PacketHop(100, 2, "vote", N2, N1, 120));
        world.onEvent(new SimEvent.PacketDropped(110, 2, "vote", N2, N1, DropReason.LOSS));

        LiveFrame during = world.freeze(110, 0, 1, true, 1_000_000_000);
        assertThat(during.flights()).extracting(Flight::kind).containsExactly("beacon");
        assertThat(during.flights().get(0).progress(110)).isEqualTo(0.5);
        assertThat(during.drops()).extracting(Drop::kind).containsExactly("vote");
        assertThat(during.links().get(LINK).hopsPerSecond()).isGreaterThan(0);

        assertThat(world.freeze(121, 0, 1, true, 1_000_000_000).flights()).isEmpty();
    }

    @Test
    void aPartitionCutsTheLinksBetweenItsGroupsAndAHealRestoresThem() {
        world.onEvent(new SimEvent.PartitionChanged(5, "partition", List.of(List.of(N1), List.of(N2))));
        assertThat(world.freeze(5, 0, 1, false, 0).links().get(LINK).cutByPartition()).isTrue();

        world.onEvent(new SimEvent.PartitionChanged(6, "heal", List.of()));
        LiveFrame healed = world.freeze(6, 0, 1, false, 0);
        assertThat(healed.links().get(LINK).cutByPartition()).isFalse();
        assertThat(healed.partition()).isEmpty();
    }

    @Test
    void aBridgePartitionIsFoldedWithItsNameAndReadsAsOverlappingNotAsParts() {
        NodeId n3 = NodeId.of("n3");
        world.onEvent(new SimEvent.PartitionChanged(5, "bridge", List.of(List.of(N1, N2), List.of(N2, n3))));
        LiveFrame bridged = world.freeze(5, 0, 1, false, 0);
        assertThat(bridged.partitionName()).isEqualTo("bridge");
        assertThat(bridged.partitionOverlaps()).isTrue();

        world.onEvent(new SimEvent.PartitionChanged(6, "halves", List.of(List.of(N1), List.of(N2, n3))));
        LiveFrame split = world.freeze(6, 0, 1, false, 0);
        assertThat(split.partitionName()).isEqualTo("halves");
        assertThat(split.partitionOverlaps()).isFalse();
    }
}
