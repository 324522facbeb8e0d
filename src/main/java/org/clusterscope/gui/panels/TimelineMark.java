package org.clusterscope.gui.panels;

/** A scheduled event on the timeline: when, a short label, and whether it is a fault, a note or a check. */
public record TimelineMark(long time, String label, Kind kind) {

    public enum Kind { FAULT, LIFE, NOTE, EXPECT, RECORDED }
}
