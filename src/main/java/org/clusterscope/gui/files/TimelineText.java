package org.clusterscope.gui.files;

import org.clusterscope.gui.panels.TimelineMark;
import org.clusterscope.scenario.Action;

/** Short labels for scenario events on the timeline: "kill @master", "partition", "“note”". */
final class TimelineText {

    private TimelineText() {
    }

    static String of(Action action) {
        if (action instanceof Action.Life life) {
            return life.keyword() + " " + life.target();
        }
        if (action instanceof Action.Nemesis nemesis) {
            return "nemesis " + nemesis.pattern().jsonName();
        }
        if (action instanceof Action.Note note) {
            String text = note.text();
            return "“" + (text.length() > 28 ? text.substring(0, 27) + "…" : text) + "”";
        }
        if (action instanceof Action.LinkDown down) {
            return "link " + down.a() + "—" + down.b() + " down";
        }
        if (action instanceof Action.LinkUp up) {
            return "link " + up.a() + "—" + up.b() + " up";
        }
        return action.keyword();
    }

    static TimelineMark.Kind kind(Action action) {
        if (action instanceof Action.Life) {
            return TimelineMark.Kind.LIFE;
        }
        if (action instanceof Action.Note) {
            return TimelineMark.Kind.NOTE;
        }
        return TimelineMark.Kind.FAULT;
    }
}
