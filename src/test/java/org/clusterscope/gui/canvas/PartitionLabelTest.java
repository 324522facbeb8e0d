package org.clusterscope.gui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
}
