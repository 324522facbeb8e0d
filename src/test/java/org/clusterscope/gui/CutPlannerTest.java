package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.Shapes;
import org.clusterscope.runtime.Command;

/** A line drawn across the canvas becomes a partition, or links down when it splits nothing. */
class CutPlannerTest {

    private static final NodeId A = NodeId.of("a");
    private static final NodeId B = NodeId.of("b");
    private static final NodeId C = NodeId.of("c");
    private static final NodeId D = NodeId.of("d");

    /** a, b on the left, c, d on the right, in a ring a-b-d-c. */
    private final List<NodeId> nodes = List.of(A, B, C, D);
    private final List<DocLink> ring = Shapes.ring(List.of(A, B, D, C));
    private final Map<NodeId, Point2D> positions = new LinkedHashMap<>(Map.of(
            A, new Point2D(0, 0), B, new Point2D(0, 100), C, new Point2D(200, 0), D, new Point2D(200, 100)));

    @Test
    void aVerticalLineThroughTheMiddleSplitsTheRingIntoLeftAndRight() {
        List<Command> faults = CutPlanner.plan(nodes, ring, positions, new Point2D(100, -50), new Point2D(100, 150));

        assertThat(faults).containsExactly(new Command.Partition(List.of(List.of(A, B), List.of(C, D))));
    }

    @Test
    void aLineThatCutsOnlyOneLinkOfTheRingTakesThatLinkDown() {
        List<Command> faults = CutPlanner.plan(nodes, ring, positions, new Point2D(100, -50), new Point2D(100, 50));

        assertThat(faults).containsExactly(new Command.LinkDown(A, C));
    }

    @Test
    void aLineAcrossNothingDoesNothing() {
        assertThat(CutPlanner.plan(nodes, ring, positions, new Point2D(300, 0), new Point2D(300, 100))).isEmpty();
    }
}
