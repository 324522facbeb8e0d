package org.clusterscope.gui.panels;

/** The kinds of log line, each with a filter toggle above the log. */
public enum LogCategory {
    ROLE("Roles"), VOTE("Votes"), PEER("Peers"), FAULT("Faults"), NODE("Start/stop"), PACKET("Drops"),
    NOTE("Notes"), SERVICE("Services"), GDB("GDB"), OVERLAY("Overlay");

    private final String title;

    LogCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
