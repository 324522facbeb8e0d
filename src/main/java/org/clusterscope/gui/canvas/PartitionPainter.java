package org.clusterscope.gui.canvas;

import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.clusterscope.core.NodeId;

/**
 * Shades each partition group in its own colour: one path made of a disc around each member,
 * filled once (non-zero winding), so overlapping discs merge into a blob of even tone. A letter
 * (A, B, …) labels each group, so the split also reads in black and white.
 */
final class PartitionPainter {

    /**
     * Above this many nodes the shading is filled opaque in the colour it would take over the
     * background, which the software renderer blends much faster; only where two groups' discs
     * overlap does the later group cover the earlier instead of mixing with it.
     */
    static final int OPAQUE_NODES = 60;
    static final double SHADE_ALPHA = 0.22;

    private PartitionPainter() {
    }

    static void paint(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        List<List<NodeId>> groups = model.live().partition();
        if (groups.size() < 2) {
            return;
        }
        double radius = model.nodeRadius() * 2.6 * scale;
        gc.setFillRule(FillRule.NON_ZERO);
        boolean opaque = model.nodes().size() > OPAQUE_NODES;
        for (int g = 0; g < groups.size(); g++) {
            if (opaque) {
                gc.setFill(Palette.BACKGROUND.interpolate(Palette.group(g), SHADE_ALPHA));
            } else {
                gc.setFill(Palette.group(g));
                gc.setGlobalAlpha(SHADE_ALPHA);
            }
            gc.beginPath();
            double top = Double.MAX_VALUE;
            double topX = 0;
            for (NodeId id : groups.get(g)) {
                double[] p = index.at(id);
                if (p == null) {
                    continue;
                }
                gc.moveTo(p[0] + radius, p[1]);
                gc.arc(p[0], p[1], radius, radius, 0, 360);
                gc.closePath();
                if (p[1] < top) {
                    top = p[1];
                    topX = p[0];
                }
            }
            gc.fill();
            gc.setGlobalAlpha(1);
            if (top != Double.MAX_VALUE) {
                gc.setFill(Palette.group(g).darker());
                gc.setFont(Font.font("System", FontWeight.BOLD, Math.max(10, 15 * scale)));
                gc.setTextAlign(TextAlignment.CENTER);
                gc.fillText("part " + (char) ('A' + g), topX, top - radius + 16 * scale);
            }
        }
        gc.setGlobalAlpha(1);
    }
}
