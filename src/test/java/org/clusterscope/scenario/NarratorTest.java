package org.clusterscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent;
import org.junit.jupiter.api.Test;

/**
 * The timeline of {@code run}, in words: one line per event worth telling, the virtual time in
 * front, packets left out, a joining node's discoveries told in one line with its first role.
 * (That the events themselves are right is the golden traces' business.)
 */
class NarratorTest {

    private final List<String> lines = new ArrayList<>();
    private final Narrator narrator = new Narrator(lines::add);

    private static NodeId id(String value) {
        return NodeId.of(value);
    }

    private void tell(SimEvent... events) {
        for (SimEvent event : events) {
            narrator.onEvent(event);
        }
    }

    @Test
    void theTimeColumnIsSecondsToTheMillisecondRightAligned() {
        assertThat(Narrator.time(0)).isEqualTo("    0.000s  ");
        assertThat(Narrator.time(10_000_500)).isEqualTo("   10.001s  ");
        assertThat(Narrator.time(123_456_000_000L)).isEqualTo("123456.000s  ");
    }

    @Test
    void aJoiningNodesDiscoveriesAreToldInOneLineWithItsFirstRole() {
        tell(new SimEvent.NodeStarted(0, id("n2"), 8082, 0),
                new SimEvent.StateChanged(0, id("n2"), NodeState.DOWN, NodeState.JOINING, null, "n2 started"),
                new SimEvent.PeerChanged(30_000, id("n2"), id("n1"), PeerStatus.CONNECTED, "beacon"),
                new SimEvent.PeerChanged(40_000, id("n2"), id("n3"), PeerStatus.CONNECTED, "beacon"),
                new SimEvent.StateChanged(1_000_000, id("n2"), NodeState.JOINING, NodeState.SLAVE, id("n1"),
                        "n2 follows n1: 3 of 3 votes"));

        assertThat(lines).containsExactly(
                "    0.000s  n2 starts (port 8082), probing for peers",
                "    1.000s  n2 found 2 peers {n1,n3}; n2 is slave of n1 (follows n1: 3 of 3 votes)");
    }

    @Test
    void aLoneNodeFindsNoPeerAndBecomesMaster() {
        tell(new SimEvent.NodeStarted(0, id("n1"), 8081, 0),
                new SimEvent.StateChanged(1_000_000, id("n1"), NodeState.JOINING, NodeState.MASTER, id("n1"), null));

        assertThat(lines).last().isEqualTo("    1.000s  n1 found no peer; n1 becomes MASTER");
    }

    @Test
    void laterMeetingsLossesAndGoodbyesGetALineEach() {
        tell(new SimEvent.NodeStarted(0, id("n1"), 8081, 0),
                new SimEvent.StateChanged(1_000_000, id("n1"), NodeState.JOINING, NodeState.MASTER, id("n1"), null),
                new SimEvent.PeerChanged(2_000_000, id("n1"), id("n5"), PeerStatus.CONNECTED, "probe"),
                new SimEvent.PeerChanged(9_000_000, id("n1"), id("n5"), PeerStatus.LOST, "n1 heard nothing for 3.5s"),
                new SimEvent.PeerChanged(12_000_000, id("n1"), id("n5"), PeerStatus.CONNECTED, "beacon"),
                new SimEvent.PeerChanged(15_000_000, id("n1"), id("n5"), PeerStatus.DISPATCHED, null));

        assertThat(lines).containsSubsequence(
                "    2.000s  n1 discovers n5",
                "    9.000s  n1 loses n5 (heard nothing for 3.5s)",
                "   12.000s  n1 hears n5 again",
                "   15.000s  n1 records the goodbye of n5");
    }

    @Test
    void theThreeWaysOfStoppingReadDifferently() {
        tell(new SimEvent.NodeStopped(10_000_000, id("n1"), SimEvent.StopKind.KILLED, "n1 killed"),
                new SimEvent.NodeStopped(11_000_000, id("n2"), SimEvent.StopKind.QUIT, "n2 quit"),
                new SimEvent.NodeStopped(23_000_000, id("n5"), SimEvent.StopKind.DISPATCHED,
                        "n5 dispatched: lost 3 > connected 1"));

        assertThat(lines).containsExactly(
                "   10.000s  n1 is killed: it crashes without a word",
                "   11.000s  n2 quits gracefully, saying goodbye",
                "   23.000s  n5 dispatches itself: lost 3 > connected 1");
    }

    @Test
    void aMasterThatLosesItsRoleStepsDownAndAMasterAgainStays() {
        tell(new SimEvent.StateChanged(1_000_000, id("n1"), NodeState.JOINING, NodeState.MASTER, id("n1"), null),
                new SimEvent.StateChanged(5_000_000, id("n1"), NodeState.MASTER, NodeState.SLAVE, id("n0"), null),
                new SimEvent.StateChanged(9_000_000, id("n1"), NodeState.SLAVE, NodeState.MASTER, id("n1"), null),
                new SimEvent.StateChanged(9_500_000, id("n1"), NodeState.MASTER, NodeState.MASTER, id("n1"), "recount"));

        assertThat(lines).containsExactly(
                "    1.000s  n1 becomes MASTER",
                "    5.000s  n1 steps down, slave of n0",
                "    9.000s  n1 becomes MASTER",
                "    9.500s  n1 stays master (recount)");
    }

    @Test
    void votesAreToldWithTheirReasonAndOnlyCountsWithoutAMajority() {
        tell(new SimEvent.VoteCast(500_000, id("n3"), id("n1"), "n3 votes n1: lowest port among {n1,n3,n4}"),
                new SimEvent.VoteCast(600_000, id("n4"), id("n1"), null),
                new SimEvent.VotesCounted(1_000_000, id("n3"), 3, id("n1"), 3, true, "after beacon"),
                new SimEvent.VotesCounted(1_100_000, id("n4"), 4, id("n1"), 1, false, "after beacon from n2"));

        assertThat(lines).containsExactly(
                "    0.500s  n3 votes n1: lowest port among {n1,n3,n4}",
                "    0.600s  n4 votes n1",
                "    1.100s  n4 counts 1 of 4 votes for n1: no majority (after beacon from n2)");
    }

    @Test
    void faultsAreToldAndPacketsAreNot() {
        tell(new SimEvent.PacketSent(0, 1, "beacon", id("n1"), null, 16),
                new SimEvent.PacketDropped(1, 1, "beacon", id("n1"), id("n2"), DropReason.LOSS),
                new SimEvent.PartitionChanged(20_000_000, "partition", List.of(List.of(id("n2"), id("n3")), List.of(id("n5")))),
                new SimEvent.PartitionChanged(30_000_000, "heal", List.of()),
                new SimEvent.Note(31_000_000, "watch n1 come back"),
                new SimEvent.Warning(32_000_000, "n9 is not running"),
                new SimEvent.TagsChanged(33_000_000, id("n3"), List.of()),
                new SimEvent.TagsChanged(34_000_000, id("n3"), List.of("db", "web")));

        assertThat(lines).containsExactly(
                "   20.000s  partition: {n2,n3} | {n5}",
                "   30.000s  heal: the partition is lifted, every link is back up",
                "   31.000s  » watch n1 come back",
                "   32.000s  warning: n9 is not running",
                "   33.000s  n3 tags are now none",
                "   34.000s  n3 tags are now db, web");
    }

    @Test
    void aReasonAboutTheSubjectDropsTheRepeatedNameAndOneAboutSomeoneElseStaysWhole() {
        assertThat(Narrator.withoutSubject(id("n5"), "n5 dispatched: lost 3 > connected 1"))
                .isEqualTo("dispatched: lost 3 > connected 1");
        assertThat(Narrator.withoutSubject(id("n5"), "n51 is better")).isEqualTo("n51 is better");
        assertThat(Narrator.withoutSubject(id("n5"), "n1 said so")).isEqualTo("n1 said so");
    }
}
