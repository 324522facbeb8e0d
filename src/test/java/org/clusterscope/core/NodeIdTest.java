package org.clusterscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A node's nickname: unique, never blank, and ordered as a string, the tie-break of every election (PROTOCOL.md §3). */
class NodeIdTest {

    @Test
    void idsCompareAsStringsSoN10ComesBeforeN2() {
        List<NodeId> ids = new ArrayList<>(List.of(NodeId.of("n2"), NodeId.of("n10"), NodeId.of("a"), NodeId.of("n1")));
        ids.sort(null);
        assertThat(ids).extracting(NodeId::value).containsExactly("a", "n1", "n10", "n2");
    }

    @Test
    void twoIdsOfTheSameNameAreOneNodeAndPrintAsTheName() {
        assertThat(NodeId.of("n5")).isEqualTo(new NodeId("n5")).hasSameHashCodeAs(NodeId.of("n5"));
        assertThat(NodeId.of("n5")).isNotEqualTo(NodeId.of("N5"));
        assertThat(NodeId.of("n5")).hasToString("n5");
    }

    @Test
    void aBlankOrMissingIdIsRefused() {
        assertThatThrownBy(() -> NodeId.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a node id must not be blank");
        assertThatThrownBy(() -> NodeId.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeId.of(null)).isInstanceOf(NullPointerException.class);
    }
}
