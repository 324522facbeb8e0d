package org.clusterscope.gui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.doc.DocLink;

/**
 * Links: a solid line when up, a dashed red line with a break mark when down or cut by the
 * partition, dotted when lossy; under them, a glow whose width grows with the traffic rate.
 * Links of one style go into one path, stroked once.
 */
final class LinkPainter {

    private static final int GLOW_LEVELS = 4;
    static final int UP = 1;
    static final int LOSSY = 2;
    /**
     * Above this many links the software renderer's cost per stroked segment dominates a frame,
     * so: dashes (its dearest stroke) give way to solid lines — a lossy link is drawn thinner, a
     * down link keeps its colour and break mark — and a busy up link is drawn once, as a band
     * whose width and tint grow with its rate, instead of a glow with a line over it.
     */
    static final int MAX_DASHED_LINKS = 300;

    private LinkPainter() {
    }

    static void paint(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale, boolean glow) {
        gc.setLineCap(StrokeLineCap.BUTT);
        double width = Math.max(1, 2 * scale) * (model.presentation() ? 1.5 : 1);
        boolean crowded = model.links().size() > MAX_DASHED_LINKS;
        List<double[]> up = new ArrayList<>();
        List<double[]> lossy = new ArrayList<>();
        List<double[]> down = new ArrayList<>();
        List<double[]> selected = new ArrayList<>();
        List<List<double[]>> glowing = new ArrayList<>();
        for (int level = 0; level < GLOW_LEVELS; level++) {
            glowing.add(new ArrayList<>());
        }
        for (DocLink link : model.links()) {
            double[] a = index.at(link.key().a());
            double[] b = index.at(link.key().b());
            if (a == null || b == null) {
                continue;
            }
            double[] segment = {a[0], a[1], b[0], b[1]};
            LinkLive live = model.live().links().get(link.key());
            int look = look(link, live);
            boolean isUp = (look & UP) != 0;
            boolean isLossy = (look & LOSSY) != 0;
            if (model.selectedLinks().contains(link.key())) {
                selected.add(segment);
            }
            int level = glowLevel(live, glow);
            boolean glows = level >= 0;
            if (glows) {
                glowing.get(level).add(segment);
            }
            if (!(crowded && glows && isUp && !isLossy)) {
                (!isUp ? down : isLossy ? lossy : up).add(segment);
            }
        }
        gc.setLineDashes();
        for (int level = 0; level < GLOW_LEVELS; level++) {
            double strength = (level + 0.5) / GLOW_LEVELS;
            if (crowded) {
                // the band is the link: one opaque stroke instead of a halo plus a line over it
                stroke(gc, glowing.get(level), Palette.LINK_UP.interpolate(Palette.GLOW, 0.4 + 0.6 * strength),
                        width + (1 + 5 * strength) * scale);
            } else {
                gc.setGlobalAlpha(0.15 + 0.45 * strength);
                stroke(gc, glowing.get(level), Palette.GLOW, (3 + 12 * strength) * scale);
            }
        }
        gc.setGlobalAlpha(1);
        stroke(gc, selected, Palette.SELECTION, width + 5);
        stroke(gc, up, Palette.LINK_UP, width);
        boolean dashes = !crowded;
        if (dashes) {
            gc.setLineDashes(1.5 * scale, 4 * scale);
        }
        stroke(gc, lossy, Palette.LINK_UP, dashes ? width : Math.max(0.6, width * 0.45));
        if (dashes) {
            gc.setLineDashes(6 * scale, 6 * scale);
        }
        stroke(gc, down, Palette.LINK_DOWN, width);
        gc.setLineDashes();
        if (!down.isEmpty()) {
            gc.beginPath();
            for (double[] segment : down) {
                breakMark(gc, segment, scale);
            }
            gc.stroke();
        }
    }

    /** A link's condition as drawn, bit by bit: {@link #UP}, {@link #LOSSY}. */
    static int look(DocLink link, LinkLive live) {
        boolean isUp = live == null ? link.settings().up() : live.up() && !live.cutByPartition();
        boolean isLossy = live == null ? link.settings().lossy() : live.loss() > 0;
        return (isUp ? UP : 0) | (isLossy ? LOSSY : 0);
    }

    /** Which of the glow's levels a link is drawn with, or -1 for none. */
    static int glowLevel(LinkLive live, boolean glow) {
        if (!glow || live == null || live.hopsPerSecond() <= 0) {
            return -1;
        }
        // log scale: 1 hop/s is a faint halo, 100 hops/s a wide bright band
        double strength = Math.min(1, Math.log10(1 + live.hopsPerSecond()) / 2.2);
        return Math.min(GLOW_LEVELS - 1, (int) (strength * GLOW_LEVELS));
    }

    private static void stroke(GraphicsContext gc, List<double[]> segments, Color color, double width) {
        if (segments.isEmpty()) {
            return;
        }
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.beginPath();
        for (double[] s : segments) {
            Paths.line(gc, s[0], s[1], s[2], s[3]);
        }
        gc.stroke();
    }

    /** Two short bars across the middle of a down link, so "down" reads without colour. */
    private static void breakMark(GraphicsContext gc, double[] s, double scale) {
        double mx = (s[0] + s[2]) / 2;
        double my = (s[1] + s[3]) / 2;
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double nx = -dy / length * 7 * scale;
        double ny = dx / length * 7 * scale;
        double tx = dx / length * 3 * scale;
        double ty = dy / length * 3 * scale;
        Paths.line(gc, mx - tx + nx, my - ty + ny, mx - tx - nx, my - ty - ny);
        Paths.line(gc, mx + tx + nx, my + ty + ny, mx + tx - nx, my + ty - ny);
    }
}
