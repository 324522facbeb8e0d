package org.clusterscope.gui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.gui.bridge.StatsSample;

class ChartViewModelTest {

    @Test
    void theMastersChartIsDrawnAsStepsNeverASlopeBetweenTwoCounts() {
        ChartViewModel model = new ChartViewModel();
        model.append(List.of(new StatsSample(1_000_000, 10, 1), new StatsSample(2_000_000, 10, 0),
                new StatsSample(3_000_000, 10, 0), new StatsSample(4_000_000, 10, 2)));

        assertThat(model.masters().getData()).extracting(d -> d.getXValue().doubleValue() + "→" + d.getYValue().intValue())
                .containsExactly("1.0→1", "2.0→1", "2.0→0", "3.0→0", "4.0→0", "4.0→2");
    }
}
