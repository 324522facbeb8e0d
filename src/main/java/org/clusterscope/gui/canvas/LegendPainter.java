package org.clusterscope.gui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.clusterscope.core.NodeState;

/**
 * The key in the lower left corner of the canvas, drawn with the very painters of the scene, so
 * that a student (or a screenshot) can tell the states and packet kinds apart without the manual.
 */
final class LegendPainter {

    private static final NodeState[] STATES = {
        NodeState.MASTER, NodeState.SLAVE, NodeState.JOINING, NodeState.DISPATCHED, NodeState.DOWN, null
    };
    private static final String[] PACKETS = {"beacon", "probe", "vote", "goodbye", "ping", "gdb.sync"};

    private LegendPainter() {
    }

    /** The legend box's width and height, without the 10-pixel margin around it. */
    static double width(boolean presentation) {
        return 228 * (presentation ? 1.35 : 1);
    }

    /** Seven rows; an eighth says what the link glow means when traffic is shown as glow. */
    static double height(boolean presentation, boolean aggregated) {
        double k = presentation ? 1.35 : 1;
        return 19 * k * (aggregated ? 8 : 7) + 12 * k;
    }

    static void paint(GraphicsContext gc, double height, boolean presentation, boolean aggregated) {
        double k = presentation ? 1.35 : 1;
        double row = 19 * k;
        double width = width(presentation);
        double boxHeight = height(presentation, aggregated);
        double x0 = 10;
        double y0 = height - boxHeight - 10;
        gc.setGlobalAlpha(0.88);
        gc.setFill(Color.WHITE);
        gc.fillRoundRect(x0, y0, width, boxHeight, 10, 10);
        gc.setGlobalAlpha(1);
        gc.setStroke(Color.web("#d6dae1"));
        gc.setLineWidth(1);
        gc.setLineDashes();
        gc.strokeRoundRect(x0, y0, width, boxHeight, 10, 10);
        gc.setFont(Font.font("System", 11 * k));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double column = x0 + 16 * k;
        for (int i = 0; i < STATES.length; i++) {
            double y = y0 + 8 * k + row * (i + 0.5) + (i == 0 ? 4 * k : 0);
            NodePainter.body(gc, STATES[i], column, y, 6.5 * k, 0.55 * k);
            gc.setFill(Palette.INK);
            // null is the look of a node that has not started yet (nor run before Play)
            gc.fillText(STATES[i] == null ? "not started" : STATES[i].jsonName(), column + 14 * k, y);
        }
        double px = x0 + 112 * k;
        for (int i = 0; i < PACKETS.length; i++) {
            double y = y0 + 8 * k + row * (i + 0.5);
            PacketPainter.shape(gc, PACKETS[i], px, y, 1, 0, 4 * k);
            gc.setFill(Palette.INK);
            gc.fillText(PACKETS[i], px + 12 * k, y);
        }
        double dropY = y0 + 8 * k + row * 6.5;
        gc.setStroke(Palette.DROP);
        gc.setLineWidth(2);
        double s = 4.5 * k;
        gc.strokeLine(px - s, dropY - s, px + s, dropY + s);
        gc.strokeLine(px - s, dropY + s, px + s, dropY - s);
        gc.setFill(Palette.INK);
        gc.fillText("dropped", px + 12 * k, dropY);
        double y = y0 + 8 * k + row * 6.5;
        gc.setStroke(Palette.VOTE);
        gc.setLineWidth(2);
        gc.strokeLine(column - 8 * k, y, column + 6 * k, y);
        gc.setFill(Palette.VOTE);
        PacketPainter.arrowHead(gc, column + 8 * k, y, 1, 0, 6 * k);
        gc.setFill(Palette.INK);
        gc.fillText("votes", column + 14 * k, y);
        if (aggregated) {
            double glowY = y + row;
            gc.setStroke(Palette.GLOW);
            gc.setLineWidth(7 * k);
            gc.setGlobalAlpha(0.55);
            gc.strokeLine(column - 8 * k, glowY, column + 8 * k, glowY);
            gc.setGlobalAlpha(1);
            gc.setFill(Palette.INK);
            // at this speed packets are too many to draw one by one: links glow by their rate
            gc.fillText("link glow = traffic rate", column + 14 * k, glowY);
        }
        gc.setTextBaseline(VPos.BASELINE);
    }
}
