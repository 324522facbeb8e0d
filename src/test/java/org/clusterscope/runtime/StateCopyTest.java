package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.Test;

/** What a deep copy of a run shares with the original and what it copies. */
class StateCopyTest {

    static final class Row {
        NodeId id;
        int count;
    }

    @Test
    void immutableValuesAreSharedAndMutableObjectsCopied() {
        Row row = new Row();
        row.id = NodeId.of("n1");
        row.count = 3;
        List<Object> original = new ArrayList<>(List.of(row, row.id));

        List<Object> copy = new StateCopy(Map.of()).copy(original);

        Row copied = (Row) copy.get(0);
        assertThat(copied).isNotSameAs(row);
        assertThat(copied.count).isEqualTo(3);
        // the very instance: a node id's ordinal finds rows filed under it (PeerDirectory)
        assertThat(copied.id).isSameAs(row.id);
        assertThat(copy.get(1)).isSameAs(row.id);
        row.count = 4;
        assertThat(copied.count).isEqualTo(3);
    }
}
