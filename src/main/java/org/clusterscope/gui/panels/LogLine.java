package org.clusterscope.gui.panels;

import org.clusterscope.scenario.LogSection;

import org.clusterscope.core.SimTime;

/**
 * One line of the event log: when, what kind, what happened in plain words, and the section of
 * the timeline it belongs to, as {@code run --log} names them ({@link LogSection}).
 */
public record LogLine(long time, LogCategory category, String text, LogSection section) {

    /** A line whose section follows from its kind (a line the window writes itself). */
    public LogLine(long time, LogCategory category, String text) {
        this(time, category, text, sectionOf(category));
    }

    /** The section of a line of this kind when no event says better. */
    public static LogSection sectionOf(LogCategory category) {
        return switch (category) {
            case ROLE, VOTE -> LogSection.ELECTION;
            case PEER, NODE -> LogSection.DISCOVERY;
            case FAULT -> LogSection.FAULTS;
            case PACKET, SERVICE -> LogSection.NETWORK;
            case NOTE -> LogSection.NOTES;
            case GDB -> LogSection.GDB;
            case OVERLAY -> LogSection.OVERLAY;
        };
    }

    /** The same line in the section the narrated event belongs to. */
    public LogLine in(LogSection newSection) {
        return new LogLine(time, category, text, newSection);
    }

    /** The line as one string: {@code "  12.500s  n3: slave → master — …"}, time to the millisecond. */
    public String display() {
        return stamp() + "  " + text;
    }

    /** The time as the log's left column shows it: {@code "  12.500s"}, to the millisecond, right-aligned. */
    public String stamp() {
        return String.format(java.util.Locale.ROOT, "%8.3fs", SimTime.toMsExact(time) / 1000);
    }
}
