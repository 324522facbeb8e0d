package org.clusterscope.gui.canvas;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;

import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.doc.DocLink;

/**
 * Links: a solid line when up, a dashed red line with a break mark when down or cut by the
 * partition, dotted when lossy; under them, a glow whose width grows with the traffic rate.
 */
final class LinkPainter {

    private LinkPainter() {
    }

    static void paint(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale, boolean glow) {
        gc.setLineCap(StrokeLineCap.ROUND);
        if (glow) {
            paintGlow(gc, model, index, scale);
        }
        double width = Math.max(1, 2 * scale) * (model.presentation() ? 1.5 : 1);
        for (DocLink link : model.links()) {
            double[] a = index.at(link.key().a());
            double[] b = index.at(link.key().b());
            if (a == null || b == null) {
                continue;
            }
            LinkLive live = model.live().links().get(link.key());
            boolean up = live == null ? link.settings().up() : live.up() && !live.cutByPartition();
            boolean lossy = live == null ? link.settings().lossy() : live.loss() > 0;
            boolean selected = model.selectedLinks().contains(link.key());
            if (selected) {
                gc.setStroke(Palette.SELECTION);
                gc.setLineWidth(width + 5);
                gc.setLineDashes();
                gc.strokeLine(a[0], a[1], b[0], b[1]);
            }
            gc.setLineWidth(width);
            if (!up) {
                gc.setStroke(Palette.LINK_DOWN);
                gc.setLineDashes(6 * scale, 6 * scale);
                gc.strokeLine(a[0], a[1], b[0], b[1]);
                gc.setLineDashes();
                paintBreak(gc, a, b, scale);
            } else if (lossy) {
                gc.setStroke(Palette.LINK_UP);
                gc.setLineDashes(1.5 * scale, 4 * scale);
                gc.strokeLine(a[0], a[1], b[0], b[1]);
                gc.setLineDashes();
            } else {
                gc.setStroke(Palette.LINK_UP);
                gc.strokeLine(a[0], a[1], b[0], b[1]);
            }
        }
    }

    /** Two short bars across the middle of a down link, so "down" reads without colour. */
    private static void paintBreak(GraphicsContext gc, double[] a, double[] b, double scale) {
        double mx = (a[0] + b[0]) / 2;
        double my = (a[1] + b[1]) / 2;
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double nx = -dy / length * 7 * scale;
        double ny = dx / length * 7 * scale;
        double tx = dx / length * 3 * scale;
        double ty = dy / length * 3 * scale;
        gc.strokeLine(mx - tx + nx, my - ty + ny, mx - tx - nx, my - ty - ny);
        gc.strokeLine(mx + tx + nx, my + ty + ny, mx + tx - nx, my + ty - ny);
    }

    private static void paintGlow(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        gc.setStroke(Palette.GLOW);
        for (DocLink link : model.links()) {
            LinkLive live = model.live().links().get(link.key());
            if (live == null || live.hopsPerSecond() <= 0) {
                continue;
            }
            double[] a = index.at(link.key().a());
            double[] b = index.at(link.key().b());
            if (a == null || b == null) {
                continue;
            }
            // log scale: 1 hop/s is a faint halo, 100 hops/s a wide bright band
            double strength = Math.min(1, Math.log10(1 + live.hopsPerSecond()) / 2.2);
            gc.setGlobalAlpha(0.15 + 0.45 * strength);
            gc.setLineWidth((3 + 12 * strength) * scale);
            gc.strokeLine(a[0], a[1], b[0], b[1]);
        }
        gc.setGlobalAlpha(1);
    }
}
