package org.clusterscope.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clusterscope.gui.panels.TimelineMark;
import org.clusterscope.scenario.Action;
import org.clusterscope.scenario.NemesisPattern;
import org.clusterscope.scenario.NodeTarget;
import org.junit.jupiter.api.Test;

/** The timeline's marks: a few words a teacher reads at a glance, and a kind that picks their colour. */
class TimelineTextTest {

    @Test
    void lifeEventsNameTheirNodeOrTheMaster() {
        Action kill = new Action.Life(Action.LifeKind.KILL, NodeTarget.master());
        Action restart = new Action.Life(Action.LifeKind.RESTART, NodeTarget.node("n1"));

        assertThat(TimelineText.of(kill)).isEqualTo("kill @master");
        assertThat(TimelineText.of(restart)).isEqualTo("restart n1");
        assertThat(TimelineText.kind(kill)).isEqualTo(TimelineMark.Kind.LIFE);
    }

    @Test
    void faultsSayWhatTheyCut() {
        assertThat(TimelineText.of(new Action.LinkDown("n3", "n4"))).isEqualTo("link n3—n4 down");
        assertThat(TimelineText.of(new Action.LinkUp("n3", "n4"))).isEqualTo("link n3—n4 up");
        assertThat(TimelineText.of(new Action.Nemesis(NemesisPattern.fromJson("majorities-ring"), null)))
                .isEqualTo("nemesis majorities-ring");
        assertThat(TimelineText.of(new Action.Partition(List.of(List.of("n1"))))).isEqualTo("partition");
        assertThat(TimelineText.of(new Action.Heal())).isEqualTo("heal");
        assertThat(TimelineText.kind(new Action.Heal())).isEqualTo(TimelineMark.Kind.FAULT);
    }

    @Test
    void aLongNoteIsCutToFitWithAnEllipsis() {
        Action shortNote = new Action.Note("watch n1");
        Action longNote = new Action.Note("the master is gone and nobody has noticed yet");

        assertThat(TimelineText.of(shortNote)).isEqualTo("“watch n1”");
        assertThat(TimelineText.of(longNote)).isEqualTo("“the master is gone and nobo…”").hasSize(30);
        assertThat(TimelineText.kind(longNote)).isEqualTo(TimelineMark.Kind.NOTE);
    }
}
