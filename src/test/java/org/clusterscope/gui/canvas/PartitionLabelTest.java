package org.clusterscope.gui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.Test;

/** Partition labels are read, not stacked: two groups reaching the same top are labelled apart. */
class PartitionLabelTest {

    @Test
    void theHalvesOfARingGetOneLabelAboveAndOneBelow() {
        List<double[]> placed = new ArrayList<>();
        // two halves of a ring of radius 300 around (400, 400): both reach the top at x ≈ 400
        double[][] left = {{398, 100}, {398, 700}, {100, 400}, {398, 400}};
        double[][] right = {{402, 100}, {402, 700}, {402, 400}, {700, 400}};

        double[] a = PartitionPainter.labelPlace(left, 14, 12, 10, 40, placed);
        double[] b = PartitionPainter.labelPlace(right, 14, 12, 10, 40, placed);

        assertThat(a[1]).isLessThanOrEqualTo(100 - 12);
        assertThat(b[1]).isGreaterThan(700 + 12);
        assertThat(placed).hasSize(2);
    }

    @Test
    void groupsApartKeepTheirLabelAboveAndClearOfTheCrown() {
        List<double[]> placed = new ArrayList<>();
        double[][] one = {{100, 100}, {100, 300}, {50, 200}, {150, 200}};
        double[][] two = {{600, 100}, {600, 300}, {550, 200}, {650, 200}};

        double[] a = PartitionPainter.labelPlace(one, 47, 34, 15, 60, placed);
        double[] b = PartitionPainter.labelPlace(two, 47, 34, 15, 60, placed);

        assertThat(a).containsExactly(100, 100 - 34);
        assertThat(b).containsExactly(600, 100 - 34);
    }

    @Test
    void aMajoritiesRingGetsOneLabelWithThePatternsNameNotFiveParts() {
        // five nodes in a ring, each seeing itself and its two neighbours (PROTOCOL.md §6)
        List<NodeId> n = List.of(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"), NodeId.of("n5"));
        List<List<NodeId>> groups = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            groups.add(List.of(n.get((i + 4) % 5), n.get(i), n.get((i + 1) % 5)));
        }
        groups.add(List.of(NodeId.of("n6"))); // a node not running: cut off, overlapping nothing

        assertThat(PartitionPainter.overlapLabel("majorities-ring", groups))
                .isEqualTo("majorities-ring: 5 overlapping majorities");
        assertThat(PartitionPainter.overlapLabel("bridge",
                List.of(List.of(n.get(0), n.get(1)), List.of(n.get(1), n.get(2)))))
                .isEqualTo("bridge: 2 overlapping groups");
    }

    @Test
    void theOverlapLabelStaysClearOfEveryNode() {
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double a = 2 * Math.PI * i / 5;
            ring.add(new double[] {400 + 200 * Math.cos(a), 300 + 200 * Math.sin(a)});
        }
        double clear = 34;
        double fontSize = 15;
        double width = 300;
        double[] at = PartitionPainter.overlapLabelPlace(ring, clear, fontSize, width, 800);
        double[] box = {at[0] - width / 2, at[1] - fontSize, at[0] + width / 2, at[1]};
        for (double[] p : ring) {
            boolean hit = p[0] + clear > box[0] && p[0] - clear < box[2] && p[1] + clear > box[1] && p[1] - clear < box[3];
            assertThat(hit).as("label box clear of node at %s,%s", p[0], p[1]).isFalse();
        }

        // no room above the topmost node: the label goes below the lowest
        List<double[]> high = List.of(new double[] {100, 20}, new double[] {300, 200});
        double[] below = PartitionPainter.overlapLabelPlace(high, clear, fontSize, width, 800);
        assertThat(below[1] - fontSize).isGreaterThan(200 + clear);
    }
}
