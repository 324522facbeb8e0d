package org.clusterscope.gui.canvas;

/** The things the canvas can draw, each with a toggle in the View menu. */
public enum Layer {
    PARTITIONS("Partition shading"),
    LINKS("Links"),
    TRAFFIC("Traffic glow"),
    PACKETS("Packets"),
    GDB_SYNC("GDB sync packets"),
    VOTES("Votes"),
    DROPS("Dropped packets"),
    LABELS("Labels"),
    LEGEND("Legend");

    private final String title;

    Layer(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
