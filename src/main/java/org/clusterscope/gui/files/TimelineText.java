package org.clusterscope.gui.files;

import org.clusterscope.gui.panels.TimelineMark;
import org.clusterscope.runtime.Command;

/** Short labels for scenario events on the timeline: "kill @master", "partition", "“note”". */
final class TimelineText {

    private TimelineText() {
    }

    static String of(Command command) {
        if (command instanceof Command.Nemesis nemesis) {
            return "nemesis " + nemesis.pattern().jsonName();
        }
        if (command instanceof Command.Note note) {
            String text = note.text();
            return "“" + (text.length() > 28 ? text.substring(0, 27) + "…" : text) + "”";
        }
        if (command instanceof Command.LinkDown down) {
            return "link " + down.a() + "—" + down.b() + " down";
        }
        if (command instanceof Command.LinkUp up) {
            return "link " + up.a() + "—" + up.b() + " up";
        }
        if (command instanceof Command.Life) {
            return command.describe();
        }
        return command.keyword();
    }

    static TimelineMark.Kind kind(Command command) {
        if (command instanceof Command.Life) {
            return TimelineMark.Kind.LIFE;
        }
        if (command instanceof Command.Note) {
            return TimelineMark.Kind.NOTE;
        }
        return TimelineMark.Kind.FAULT;
    }
}
