package org.clusterscope.gui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gui.bridge.OverlaySample;
import org.clusterscope.scenario.LogSection;

/** Public mode in the log and the chart: lines with their reason and section, degrees and diameter as steps. */
class OverlayLogAndChartTest {

    private static final NodeId N3 = NodeId.of("n3");
    private static final NodeId N7 = NodeId.of("n7");

    @Test
    void theLogSaysWhyARequestIsRefusedInTheOverlaySection() {
        LogLine line = Narrator.narrate(new SimEvent.Refuse(2_000_000, N7, N3, "9 connections, its max")).orElseThrow();
        assertThat(line.text()).isEqualTo("n7 refuses n3 — 9 connections, its max");
        assertThat(line.category()).isEqualTo(LogCategory.OVERLAY);

        EventLogViewModel log = new EventLogViewModel();
        log.append(List.of(new SimEvent.ConnectRequest(1_000_000, N3, N7, "degree 2, below its min 3"),
                new SimEvent.Note(1_500_000, "a note"),
                new SimEvent.Disconnect(3_000_000, N3, N7, "closed by hand")));
        assertThat(log.lines()).extracting(LogLine::section)
                .containsExactly(LogSection.OVERLAY, LogSection.NOTES, LogSection.OVERLAY);
        assertThat(log.lines().get(0).text()).isEqualTo("n3 asks n7 — degree 2, below its min 3");
        assertThat(log.lines().get(2).text()).isEqualTo("n3–n7 closed: closed by hand");

        // as run --log notes would print only the notes
        for (LogSection section : LogSection.values()) {
            log.setShown(section, section == LogSection.NOTES);
        }
        assertThat(log.lines()).extracting(LogLine::text).containsExactly("“a note”");
        log.setShown(LogSection.OVERLAY, true);
        assertThat(log.lines()).hasSize(3);
    }

    @Test
    void theOverlayChartDrawsDegreesAndDiameterAsStepsAndLeavesAGapWhenNotConnected() {
        ChartViewModel chart = new ChartViewModel();
        assertThat(chart.overlayShownProperty().get()).isFalse();
        chart.appendOverlay(List.of(new OverlaySample(1_000_000, 2, 2.0, 2, 10),
                new OverlaySample(2_000_000, 2, 2.0, 2, 10),
                new OverlaySample(7_000_000, 3, 4.5, 7, 4),
                new OverlaySample(8_000_000, 0, 3.0, 6, -1)));
        assertThat(chart.overlayShownProperty().get()).isTrue();
        assertThat(chart.overlay().get(3).getData()).extracting(d -> d.getXValue().doubleValue() + "→" + d.getYValue().intValue())
                .containsExactly("1.0→10", "2.0→10", "7.0→10", "7.0→4");
        assertThat(chart.overlay().get(2).getData()).extracting(d -> d.getXValue().doubleValue() + "→" + d.getYValue().intValue())
                .containsExactly("1.0→2", "2.0→2", "7.0→2", "7.0→7", "8.0→7", "8.0→6");
        chart.clear();
        assertThat(chart.overlayShownProperty().get()).isFalse();
        assertThat(chart.overlay()).allMatch(series -> series.getData().isEmpty());
    }
}
