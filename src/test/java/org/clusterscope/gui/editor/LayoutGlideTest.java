package org.clusterscope.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.Test;

/** A layout glides its nodes into place over {@link LayoutAnimator#DURATION_NANOS}, then is one undoable move. */
class LayoutGlideTest {

    private static final long START = 5_000_000_000L;

    private final EditorViewModel editor = new EditorViewModel();

    @Test
    void halfWayTheNodesAreHalfWayAndTheLastFrameCommitsOneMove() {
        editor.placeNode(new Point2D(0, 0));
        editor.placeNode(new Point2D(100, 0));
        NodeId n1 = NodeId.of("n1");
        NodeId n2 = NodeId.of("n2");
        Map<NodeId, Point2D> before = editor.positions();
        Map<NodeId, Point2D> target = Map.of(n1, new Point2D(0, 200), n2, new Point2D(300, 0));
        LayoutAnimator.Glide glide = new LayoutAnimator.Glide(editor, "Grid layout", target);

        assertThat(glide.frame(START)).isFalse();
        assertThat(editor.positions()).as("the first frame shows where the nodes were").isEqualTo(before);

        // the easing t²(3 − 2t) is exactly one half at half time
        assertThat(glide.frame(START + LayoutAnimator.DURATION_NANOS / 2)).isFalse();
        assertThat(editor.positions().get(n1)).isEqualTo(new Point2D(0, 100));
        assertThat(editor.positions().get(n2)).isEqualTo(new Point2D(200, 0));
        assertThat(editor.document().node(n2).orElseThrow().x()).as("the document is not moved yet").isEqualTo(100);

        assertThat(glide.frame(START + LayoutAnimator.DURATION_NANOS)).isTrue();
        assertThat(editor.positions()).isEqualTo(target);
        assertThat(editor.hasPreview()).isFalse();
        assertThat(editor.document().node(n2).orElseThrow().x()).isEqualTo(300);

        editor.undo();
        assertThat(editor.positions()).as("one undo takes the whole layout back").isEqualTo(before);
    }

    @Test
    void aLatePulseLandsTheNodesAtOnce() {
        editor.placeNode(new Point2D(0, 0));
        Map<NodeId, Point2D> target = Map.of(NodeId.of("n1"), new Point2D(50, 50));
        LayoutAnimator.Glide glide = new LayoutAnimator.Glide(editor, "Grid layout", target);

        glide.frame(START);
        assertThat(glide.frame(START + 10 * LayoutAnimator.DURATION_NANOS)).isTrue();
        assertThat(editor.positions()).isEqualTo(target);
    }
}
