package org.clusterscope.gui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clusterscope.gui.panels.TimelineMark.Kind;
import org.junit.jupiter.api.Test;

/** Events scheduled at one instant read as one mark on the timeline, not as labels on top of each other. */
class TimelineMarksTest {

    @Test
    void nodesStartedTogetherShareOneLabel() {
        List<TimelineMark> marks = List.of(
                new TimelineMark(21_000_000, "start n2", Kind.LIFE),
                new TimelineMark(10_000_000, "partition", Kind.FAULT),
                new TimelineMark(21_000_000, "start n4", Kind.LIFE),
                new TimelineMark(21_000_000, "start n1", Kind.LIFE),
                new TimelineMark(21_000_000, "“Heal the network”", Kind.NOTE),
                new TimelineMark(21_000_000, "kill n3", Kind.LIFE));

        assertThat(TimelineView.merged(marks)).extracting(TimelineMark::label).containsExactly(
                "partition", "start n2, n4, n1 · kill n3", "“Heal the network”");
    }
}
