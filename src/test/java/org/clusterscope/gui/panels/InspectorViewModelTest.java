package org.clusterscope.gui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.LiveFrame;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.TopologyDocument;

/** The inspector gives a node's birth to the millisecond, as the clock and the log give times. */
class InspectorViewModelTest {

    private static final NodeId N1 = NodeId.of("n1");

    @Test
    void aBirthToTheMicrosecondIsShownToTheMillisecond() {
        assertThat(birthRow(NodeState.SLAVE, 148_199)).isEqualTo(new InspectorRow("birth", "0.148s"));
        assertThat(birthRow(NodeState.DOWN, 32_148_700)).isEqualTo(new InspectorRow("birth", "32.149s (its last start)"));
        assertThat(birthRow(NodeState.MASTER, 2_000_000)).isEqualTo(new InspectorRow("birth", "2s"));
    }

    private static InspectorRow birthRow(NodeState state, long birth) {
        TopologyDocument document = new TopologyDocument();
        document.replaceAll("one node", List.of(new DocNode(N1, 8081, 0, 0, List.of())), List.of());
        NodeLive live = new NodeLive(N1, 8081, state, birth, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), 0, 0);
        LiveFrame frame = new LiveFrame(40_000_000, 0, 1, false, Map.of(N1, live), Map.of(), List.of(), List.of(),
                List.of(), 0);
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.show(N1, null, 1, document, frame);
        return inspector.rows().stream().filter(row -> row.key().equals("birth")).findFirst().orElseThrow();
    }
}
