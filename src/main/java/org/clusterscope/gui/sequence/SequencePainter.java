package org.clusterscope.gui.sequence;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.clusterscope.core.NodeId;
import org.clusterscope.scenario.run.SequenceDiagram;
import org.clusterscope.scenario.run.SequenceLayout;
import org.clusterscope.scenario.run.SequenceStyle;

/**
 * Draws a {@link SequenceLayout} on a canvas, as {@code SequenceSvg} draws it in a file (same
 * places, same colours), scrolled by {@code offsetY}; the lifelines' names stay at the top.
 */
final class SequencePainter {

    private SequencePainter() {
    }

    /**
     * @param now the instant shown in the window, drawn as a line, or a negative value for none
     * @param scale the size of the text and marks, 1 normally, larger for a projector
     */
    static void paint(GraphicsContext g, SequenceLayout layout, double offsetY, double width, double height, long now,
            double scale) {
        SequenceDiagram diagram = layout.diagram();
        g.save();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.scale(scale, scale);
        g.translate(0, -offsetY);
        Font plain = Font.font("DejaVu Sans", 11);
        Font bold = Font.font("DejaVu Sans", FontWeight.BOLD, 11);
        g.setTextBaseline(VPos.BASELINE);

        for (SequenceDiagram.Band band : diagram.bands()) {
            double y = layout.y(band.time());
            Color colour = Color.web(SequenceStyle.band(band.kind()));
            g.setFill(colour.deriveColor(0, 1, 1, 0.35));
            g.fillRect(SequenceLayout.LEFT, y - 3, layout.width() - SequenceLayout.LEFT - 8, 6);
            g.setFill(colour);
            g.setFont(bold);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(band.label(), layout.width() - 12, y - 6);
        }
        g.setLineDashes(4, 3);
        g.setStroke(Color.web("#7f8c8d"));
        g.setLineWidth(1);
        for (NodeId node : diagram.nodes()) {
            double x = layout.x(node);
            g.strokeLine(x, SequenceLayout.TOP - 16, x, layout.bottom());
        }
        g.setLineDashes();
        g.setFont(plain);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(Color.web("#34495e"));
        double lastY = Double.NEGATIVE_INFINITY;
        for (SequenceDiagram.Mark mark : diagram.marks()) {
            double y = layout.y(mark.time());
            if (y - lastY >= 13) {
                g.fillText(SequenceLayout.label(mark.time()), SequenceLayout.LEFT - 8, y + 4);
                lastY = y;
            }
        }
        g.setFill(Color.web("#95a5a6"));
        g.setTextAlign(TextAlignment.LEFT);
        for (SequenceLayout.Break gap : layout.breaks()) {
            if (gap.end() - gap.start() >= 100_000) {
                g.fillText("⋯ " + SequenceLayout.label(gap.end() - gap.start()), 6, (gap.y0() + gap.y1()) / 2 + 4);
            }
        }
        for (SequenceDiagram.Arrow arrow : diagram.arrows()) {
            arrow(g, layout, arrow);
        }
        g.setTextAlign(TextAlignment.CENTER);
        for (SequenceDiagram.Mark mark : diagram.marks()) {
            if (!layout.hasLifeline(mark.node())) {
                continue;
            }
            double x = layout.x(mark.node());
            double y = layout.y(mark.time());
            double w = 10 + 6.5 * mark.label().length();
            g.setFill(Color.web(SequenceStyle.mark(mark.label())));
            g.fillRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
            g.setStroke(Color.web("#566573"));
            g.strokeRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
            g.setFill(Color.web("#17202a"));
            g.setFont(mark.label().equals("MASTER") ? bold : plain);
            g.fillText(mark.label(), x, y + 4);
        }
        if (now >= 0) {
            double y = layout.y(now);
            g.setStroke(Color.web("#e74c3c"));
            g.setLineWidth(1.5);
            g.strokeLine(SequenceLayout.LEFT - 4, y, layout.width() - 8, y);
        }
        // the names stay in view at the top however far the diagram has scrolled
        g.translate(0, offsetY);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width / scale, 36);
        g.setFont(bold);
        for (NodeId node : diagram.nodes()) {
            double x = layout.x(node);
            g.setFill(Color.web("#ecf0f1"));
            double box = Math.min(80, layout.column() - 8);
            g.fillRect(x - box / 2, 8, box, 24);
            g.setFill(Color.web("#17202a"));
            g.fillText(node.value(), x, 25);
        }
        g.restore();
    }

    private static void arrow(GraphicsContext g, SequenceLayout layout, SequenceDiagram.Arrow arrow) {
        if (!layout.hasLifeline(arrow.from()) || !layout.hasLifeline(arrow.to())) {
            return;
        }
        Color colour = Color.web(SequenceStyle.kind(arrow.kind()));
        double x1 = layout.x(arrow.from());
        double y1 = layout.y(arrow.sent());
        double x2 = layout.x(arrow.to());
        double y2 = layout.y(arrow.end());
        g.setStroke(colour);
        if (arrow.dropped()) {
            double share = x1 == x2 ? 0 : SequenceLayout.dropShare(arrow);
            double xe = x1 + (x2 - x1) * share;
            double ye = y1 + (y2 - y1) * share;
            g.setLineWidth(1.2);
            g.setLineDashes(5, 3);
            g.strokeLine(x1, y1, xe, ye);
            g.setLineDashes();
            g.setStroke(Color.web(SequenceStyle.DROP));
            g.setLineWidth(2);
            g.strokeLine(xe - 5, ye - 5, xe + 5, ye + 5);
            g.strokeLine(xe - 5, ye + 5, xe + 5, ye - 5);
            return;
        }
        g.setLineWidth(1.4);
        g.strokeLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 7;
        g.setFill(colour);
        g.fillPolygon(new double[] {x2, x2 - size * Math.cos(angle - 0.45), x2 - size * Math.cos(angle + 0.45)},
                new double[] {y2, y2 - size * Math.sin(angle - 0.45), y2 - size * Math.sin(angle + 0.45)}, 3);
    }

    /** The arrow nearest to a point of the layout, within {@code reach} pixels, or null. */
    static SequenceDiagram.Arrow arrowAt(SequenceLayout layout, double x, double y, double reach) {
        SequenceDiagram.Arrow best = null;
        double bestDistance = reach;
        for (SequenceDiagram.Arrow arrow : layout.diagram().arrows()) {
            if (!layout.hasLifeline(arrow.from()) || !layout.hasLifeline(arrow.to())) {
                continue;
            }
            double x1 = layout.x(arrow.from());
            double y1 = layout.y(arrow.sent());
            double x2 = layout.x(arrow.to());
            double y2 = layout.y(arrow.end());
            if (arrow.dropped() && x1 != x2) {
                double share = SequenceLayout.dropShare(arrow);
                x2 = x1 + (x2 - x1) * share;
                y2 = y1 + (y2 - y1) * share;
            }
            double distance = distance(x, y, x1, y1, x2, y2);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = arrow;
            }
        }
        return best;
    }

    private static double distance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}
