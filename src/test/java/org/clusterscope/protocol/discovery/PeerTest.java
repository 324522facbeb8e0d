package org.clusterscope.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.junit.jupiter.api.Test;

/** One row of the peer table: the staleness rule of PROTOCOL.md §2 and the time to live. */
class PeerTest {

    private final Peer peer = new Peer(NodeId.of("n2"));

    @Test
    void aMessageIsStaleWhenOlderThanOrTheSameAsTheLastOfTheSameLife() {
        peer.identity(8082, 1_000, 1_000);
        peer.lastSeq(10);

        assertThat(peer.isStale(1_000, 9)).isTrue();
        assertThat(peer.isStale(1_000, 10)).as("the same message again").isTrue();
        assertThat(peer.isStale(1_000, 11)).isFalse();
        assertThat(peer.isStale(500, 99)).as("from an earlier life").isTrue();
        assertThat(peer.isStale(2_000, 1)).as("a later life starts its numbers again").isFalse();
    }

    @Test
    void hearingAPeerSetsItsDeadlineOneTimeToLiveAhead() {
        peer.heard(2_000_000, 3_500_000);

        assertThat(peer.lastHeard()).isEqualTo(2_000_000);
        assertThat(peer.expiresAt()).isEqualTo(5_500_000);
    }

    @Test
    void itKeepsWhatThePeerLastAnnounced() {
        List<String> tags = List.of("db");
        peer.looks(NodeState.MASTER, tags);
        peer.identity(8082, 7, 9);

        assertThat(peer.state()).isEqualTo(NodeState.MASTER);
        assertThat(peer.tags()).isSameAs(tags);
        assertThat(peer.port()).isEqualTo(8082);
        assertThat(peer.birth()).isEqualTo(7);
        assertThat(peer.incarnation()).isEqualTo(9);
        assertThat(peer.vote()).as("no vote until the election sets one").isNull();
    }
}
