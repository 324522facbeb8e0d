package org.clusterscope.gui.panels;

import org.clusterscope.core.SimTime;

/** One line of the event log: when, what kind, and what happened in plain words. */
public record LogLine(long time, LogCategory category, String text) {

    /** The line as shown: {@code "  12.500s  n3: slave → master — …"}, time to the millisecond. */
    public String display() {
        return String.format(java.util.Locale.ROOT, "%8.3fs  %s", SimTime.toMsExact(time) / 1000, text);
    }
}
