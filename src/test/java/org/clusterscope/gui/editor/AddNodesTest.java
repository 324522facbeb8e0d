package org.clusterscope.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import javafx.geometry.Point2D;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocNode;

class AddNodesTest {

    @Test
    void aTeacherTypesAnyCountUpToFiveThousandAndAShape() {
        assertThat(AddNodesRequest.parse("40 ring")).isEqualTo(new AddNodesRequest(40, ShapeKind.RING));
        assertThat(AddNodesRequest.parse(" 7 as a star ")).isEqualTo(new AddNodesRequest(7, ShapeKind.STAR));
        assertThat(AddNodesRequest.parse("2500")).isEqualTo(new AddNodesRequest(2500, ShapeKind.RING));
        assertThatThrownBy(() -> AddNodesRequest.parse("5001 ring")).hasMessageContaining("between 1 and 5000");
        assertThatThrownBy(() -> AddNodesRequest.parse("many")).hasMessageContaining("how many nodes");
        assertThatThrownBy(() -> AddNodesRequest.parse("5 blob")).hasMessageContaining("ring, star or clique");
    }

    @Test
    void aSecondGroupIsPlacedBesideTheFirstNeverOnIt() {
        EditorViewModel editor = new EditorViewModel();
        Point2D viewCentre = new Point2D(400, 300);
        List<NodeId> first = editor.addNodesAs(8, ShapeKind.RING, editor.centreBesideExisting(8, viewCentre));
        double firstRight = editor.document().nodes().stream().mapToDouble(DocNode::x).max().orElseThrow();

        List<NodeId> second = editor.addNodesAs(8, ShapeKind.RING, editor.centreBesideExisting(8, viewCentre));

        Set<NodeId> secondIds = Set.copyOf(second);
        assertThat(first).hasSize(8);
        assertThat(editor.document().nodes()).filteredOn(node -> secondIds.contains(node.id()))
                .hasSize(8).allMatch(node -> node.x() > firstRight);
    }
}
