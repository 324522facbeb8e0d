package org.clusterscope.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clusterscope.gui.panels.TimelineMark;
import org.clusterscope.core.NodeId;
import org.clusterscope.net.NemesisPattern;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.NodeTarget;
import org.junit.jupiter.api.Test;

/** The timeline's marks: a few words a teacher reads at a glance, and a kind that picks their colour. */
class TimelineTextTest {

    @Test
    void lifeEventsNameTheirNodeOrTheMaster() {
        Command kill = new Command.Life(Command.LifeKind.KILL, NodeTarget.master());
        Command restart = new Command.Life(Command.LifeKind.RESTART, NodeTarget.node("n1"));

        assertThat(TimelineText.of(kill)).isEqualTo("kill @master");
        assertThat(TimelineText.of(restart)).isEqualTo("restart n1");
        assertThat(TimelineText.kind(kill)).isEqualTo(TimelineMark.Kind.LIFE);
    }

    @Test
    void faultsSayWhatTheyCut() {
        assertThat(TimelineText.of(new Command.LinkDown(NodeId.of("n3"), NodeId.of("n4")))).isEqualTo("link n3—n4 down");
        assertThat(TimelineText.of(new Command.LinkUp(NodeId.of("n3"), NodeId.of("n4")))).isEqualTo("link n3—n4 up");
        assertThat(TimelineText.of(new Command.Nemesis(NemesisPattern.fromJson("majorities-ring"), null)))
                .isEqualTo("nemesis majorities-ring");
        assertThat(TimelineText.of(new Command.Partition(List.of(List.of(NodeId.of("n1")))))).isEqualTo("partition");
        assertThat(TimelineText.of(new Command.Heal())).isEqualTo("heal");
        assertThat(TimelineText.kind(new Command.Heal())).isEqualTo(TimelineMark.Kind.FAULT);
    }

    @Test
    void aLongNoteIsCutToFitWithAnEllipsis() {
        Command shortNote = new Command.Note("watch n1");
        Command longNote = new Command.Note("the master is gone and nobody has noticed yet");

        assertThat(TimelineText.of(shortNote)).isEqualTo("“watch n1”");
        assertThat(TimelineText.of(longNote)).isEqualTo("“the master is gone and nobo…”").hasSize(30);
        assertThat(TimelineText.kind(longNote)).isEqualTo(TimelineMark.Kind.NOTE);
    }
}
