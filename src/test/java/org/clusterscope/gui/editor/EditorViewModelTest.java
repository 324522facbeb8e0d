package org.clusterscope.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.junit.jupiter.api.Test;

/** Editing stories on the view model alone: every edit undoes and redoes exactly. */
class EditorViewModelTest {

    private final EditorViewModel editor = new EditorViewModel();

    private static NodeId id(String value) {
        return NodeId.of(value);
    }

    @Test
    void whileARunIsLiveOnlyAMoveIsUndoneOrRedone() {
        editor.placeNode(new Point2D(0, 0));
        editor.placeNode(new Point2D(100, 0));
        editor.selectOnly(id("n2"));
        editor.deleteSelection();
        editor.setEditable(false);

        editor.undo();
        assertThat(editor.document().nodes()).extracting(DocNode::id).containsExactly(id("n1"));
        assertThat(editor.statusProperty().get()).startsWith("Reset the simulation");

        editor.selectOnly(id("n1"));
        editor.previewMove(50, 0);
        editor.commitPreview("Move n1");
        editor.undo();
        assertThat(editor.document().node(id("n1")).orElseThrow().x()).isEqualTo(0);
        editor.redo();
        assertThat(editor.document().node(id("n1")).orElseThrow().x()).isEqualTo(50);

        editor.setEditable(true);
        editor.undo();
        editor.undo();
        assertThat(editor.document().nodes()).extracting(DocNode::id).containsExactly(id("n1"), id("n2"));
    }

    @Test
    void placedNodesTakeTheNextFreeIdAndPortEvenAfterADelete() {
        editor.placeNode(new Point2D(0, 0));
        editor.placeNode(new Point2D(100, 0));
        editor.placeNode(new Point2D(200, 0));
        editor.selectOnly(id("n2"));
        editor.deleteSelection();

        editor.placeNode(new Point2D(300, 0));

        assertThat(editor.document().nodes()).extracting(DocNode::id).containsExactly(id("n1"), id("n3"), id("n2"));
        assertThat(editor.document().node(id("n2")).orElseThrow().port()).isEqualTo(8082);
    }

    @Test
    void aStarOfTheSelectionCentersOnTheFirstNodePicked() {
        editor.addNodesAs(4, ShapeKind.RING, new Point2D(0, 0));
        editor.select(Selection.ofNodes(List.of(id("n3"), id("n1"), id("n2"), id("n4"))));
        editor.wireSelection(ShapeKind.STAR);

        assertThat(editor.document().links()).extracting(link -> link.key())
                .contains(LinkKey.of(id("n3"), id("n1")), LinkKey.of(id("n3"), id("n2")), LinkKey.of(id("n3"), id("n4")));
        assertThat(editor.document().links()).hasSize(5);
    }

    @Test
    void connectingTwoSetsLinksEveryNodeOfOneToEveryNodeOfTheOther() {
        editor.addNodesAs(5, ShapeKind.CLIQUE, new Point2D(0, 0));
        RemoveAllLinks.of(editor);
        editor.select(Selection.ofNodes(List.of(id("n1"), id("n2"))));
        editor.markSelectionForConnect();
        editor.select(Selection.ofNodes(List.of(id("n3"), id("n4"), id("n5"))));
        editor.connectToMarked();

        assertThat(editor.document().links()).hasSize(6);
    }

    @Test
    void undoingEverythingAndRedoingItGivesTheSameDocument() {
        editor.addNodesAs(6, ShapeKind.RING, new Point2D(300, 300));
        editor.selectOnly(id("n2"));
        editor.previewMove(40, -20);
        editor.commitPreview("Move");
        editor.editLink(LinkKey.of(id("n1"), id("n2")), new LinkSettingsValue(80.0, 5.0, 0.1, false));
        editor.selectOnly(id("n4"));
        editor.deleteSelection();
        var nodes = editor.document().nodes();
        var links = editor.document().links();

        while (editor.canUndoProperty().get()) {
            editor.undo();
        }
        assertThat(editor.document().nodes()).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
        while (editor.canRedoProperty().get()) {
            editor.redo();
        }

        assertThat(editor.document().nodes()).isEqualTo(nodes);
        assertThat(editor.document().links()).isEqualTo(links);
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void whileASimulationRunsTheTopologyIsLockedButNodesStillMove() {
        editor.addNodesAs(3, ShapeKind.RING, new Point2D(0, 0));
        editor.setEditable(false);

        assertThat(editor.placeNode(new Point2D(50, 50))).isEmpty();
        editor.selectOnly(id("n1"));
        editor.deleteSelection();
        assertThat(editor.document().nodes()).hasSize(3);
        assertThat(editor.statusProperty().get()).contains("Reset");

        editor.previewMove(10, 10);
        editor.commitPreview("Move");
        assertThat(editor.commands().undoLabel()).contains("Move");
    }

    /** Deletes every link through the editor, as a user selecting each link would. */
    private static final class RemoveAllLinks {
        static void of(EditorViewModel editor) {
            for (var link : editor.document().links()) {
                editor.selectLink(link.key());
                editor.deleteSelection();
            }
        }
    }
}
