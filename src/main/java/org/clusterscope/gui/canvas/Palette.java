package org.clusterscope.gui.canvas;

import javafx.scene.paint.Color;

import org.clusterscope.core.NodeState;

/**
 * The colours of the canvas. Every state also has a shape or badge of its own (see
 * {@link NodePainter}), so nothing depends on colour alone; the hues are picked from the
 * Okabe–Ito set, which colour-blind viewers can tell apart.
 */
public final class Palette {

    public static final Color BACKGROUND = Color.web("#f7f8fa");
    public static final Color GRID = Color.web("#e8ebf0");
    public static final Color INK = Color.web("#1f2430");
    public static final Color MUTED = Color.web("#6b7280");
    public static final Color SELECTION = Color.web("#0072b2");
    public static final Color LINK_UP = Color.web("#8a94a6");
    public static final Color LINK_DOWN = Color.web("#d55e00");
    public static final Color GLOW = Color.web("#56b4e9");
    public static final Color DROP = Color.web("#d00000");
    public static final Color VOTE = Color.web("#e69f00");
    public static final Color CUT = Color.web("#d55e00");

    /** Partition groups, shaded in turn. */
    public static final Color[] GROUPS = {
        Color.web("#56b4e9"), Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"),
        Color.web("#f0e442"), Color.web("#0072b2"), Color.web("#d55e00")
    };

    private Palette() {
    }

    public static Color fill(NodeState state) {
        if (state == null) {
            return Color.WHITE;
        }
        return switch (state) {
            case MASTER -> Color.web("#f2b01e");
            case SLAVE -> Color.web("#3d7fd6");
            case JOINING -> Color.web("#fff4d6");
            case DISPATCHED -> Color.web("#f0f0f0");
            case DOWN -> Color.web("#2b2b2b");
        };
    }

    public static Color outline(NodeState state) {
        if (state == null) {
            return Color.web("#4b5563");
        }
        return switch (state) {
            case MASTER -> Color.web("#7a5200");
            case SLAVE -> Color.web("#1c4f94");
            case JOINING -> Color.web("#b07800");
            case DISPATCHED -> Color.web("#8d8d8d");
            case DOWN -> Color.web("#000000");
        };
    }

    /** Text drawn on the node: white on dark fills, ink on light ones. */
    public static Color text(NodeState state) {
        return state == NodeState.SLAVE || state == NodeState.DOWN ? Color.WHITE : INK;
    }

    public static Color packet(String kind) {
        return switch (kind) {
            case "beacon" -> Color.web("#009e73");
            case "probe", "discovery" -> Color.web("#8e44ad");
            case "vote" -> VOTE;
            case "goodbye" -> Color.web("#7f5539");
            case "ping" -> Color.web("#d55e00");
            case "query", "response" -> Color.web("#0072b2");
            case "gdb.sync" -> Color.web("#e69f00");
            default -> Color.web("#555555");
        };
    }

    public static Color group(int index) {
        return GROUPS[Math.floorMod(index, GROUPS.length)];
    }
}
