package org.clusterscope.scenario.run;

/** The colours of a sequence diagram, as {@code #rrggbb}, shared by the SVG file and the window. */
public final class SequenceStyle {

    private SequenceStyle() {
    }

    /** A message kind's colour. */
    public static String kind(String kind) {
        return switch (kind) {
            case "vote" -> "#d35400";
            case "probe" -> "#2471a3";
            case "answer" -> "#5dade2";
            case "goodbye" -> "#8e44ad";
            case "ping" -> "#c0392b";
            case "query" -> "#138d75";
            case "reply" -> "#48c9b0";
            case "beacon" -> "#aab7b8";
            case "gdb.sync" -> "#b7950b";
            default -> "#5d6d7e";
        };
    }

    /** A state mark's fill. */
    public static String mark(String label) {
        return switch (label) {
            case "MASTER" -> "#f4d03f";
            case "slave" -> "#abebc6";
            case "joining" -> "#aed6f1";
            case "dispatched" -> "#d5d8dc";
            default -> "#e6b0aa";
        };
    }

    /** A fault band's colour. */
    public static String band(String kind) {
        return switch (kind) {
            case "kill" -> "#e74c3c";
            case "partition" -> "#e67e22";
            case "heal" -> "#27ae60";
            case "link" -> "#8e44ad";
            default -> "#7f8c8d";
        };
    }

    /** The colour of the X that ends a dropped message. */
    public static final String DROP = "#c0392b";
}
