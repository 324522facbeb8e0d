package org.clusterscope.gui.panels;

import org.clusterscope.core.SimTime;

/** One line of the event log: when, what kind, and what happened in plain words. */
public record LogLine(long time, LogCategory category, String text) {

    /** The line as shown: {@code "  12.5s  n3 is now master — …"}. */
    public String display() {
        return String.format("%8s  %s", SimTime.format(time), text);
    }
}
