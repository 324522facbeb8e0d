package org.clusterscope.gui.canvas;

import javafx.scene.paint.Color;

/**
 * The votes of a crowded frame (more than {@link VotePainter#MAX_CURVES} voters, so each vote is
 * a short straight arrow leaving the voter) rasterised in plain Java: during an election votes
 * change on almost every frame, and redrawing hundreds of arrows through the software renderer
 * cost 4–9 ms a time. The geometry is {@link VotePainter}'s, to the pixel: the same stubs, width,
 * heads and 85 % opacity. Like the vector painter, which strokes all stubs as one path and
 * fills all heads as another, overlapping stubs do not darken each other: each pixel keeps the
 * largest coverage of any stub (then of any head) before the colour is laid on once.
 * Anti-aliasing is by the pixel centre's distance to each edge, within half a pixel.
 */
final class VoteStamps {

    private static final double OPACITY = 0.85;

    private float[] stubs = new float[0];
    private float[] heads = new float[0];
    /** The pixels touched so far: columns [minX, maxX), rows [minY, maxY). */
    private int minX;
    private int minY;
    private int maxX;
    private int maxY;

    /** Whether this frame's votes are stubs, which this class draws. */
    static boolean applies(DrawModel model) {
        return model.live().nodes().size() > VotePainter.MAX_CURVES;
    }

    /** The votes layer, {@code w × h} device pixels at {@code k} per canvas pixel. */
    SparseLayer paint(DrawModel model, ScreenIndex index, double scale, int w, int h, double k) {
        if (stubs.length != w * h) {
            stubs = new float[w * h];
            heads = new float[w * h];
        }
        minX = w;
        minY = h;
        maxX = 0;
        maxY = 0;
        double factor = model.presentation() ? 1.4 : 1;
        double r = model.nodeRadius() * scale;
        double width = Math.max(1.2, 2.2 * scale) * factor * k;
        double head = 8 * scale * factor * k;
        double stub = 2.2 * r;
        for (VotePainter.Arrow arrow : VotePainter.arrows(model, index, scale)) {
            double sx = arrow.sx();
            double sy = arrow.sy();
            double ux = arrow.ux();
            double uy = arrow.uy();
            double reach = Math.min(stub, Math.hypot(arrow.ex() - sx, arrow.ey() - sy));
            segment(stubs, w, h, sx * k, sy * k, ux, uy, reach * k, width);
            double tx = (sx + ux * reach) * k;
            double ty = (sy + uy * reach) * k;
            // Paths.arrowHead: the tip ahead of (tx, ty), the base corners behind it
            triangle(heads, w, h, tx + ux * head, ty + uy * head,
                    tx - ux * head * 0.6 - uy * head * 0.7, ty - uy * head * 0.6 + ux * head * 0.7,
                    tx - ux * head * 0.6 + uy * head * 0.7, ty - uy * head * 0.6 - ux * head * 0.7);
        }
        // the colour at each of 256 opacities, premultiplied
        Color vote = Palette.VOTE;
        int[] shades = new int[256];
        for (int a8 = 0; a8 < 256; a8++) {
            shades[a8] = a8 << 24 | (int) Math.round(vote.getRed() * a8) << 16
                    | (int) Math.round(vote.getGreen() * a8) << 8 | (int) Math.round(vote.getBlue() * a8);
        }
        int[] pixels = new int[w * h];
        for (int y = minY; y < maxY; y++) {
            for (int i = y * w + minX, end = y * w + maxX; i < end; i++) {
                float under = stubs[i];
                float over = heads[i];
                if (under != 0 || over != 0) {
                    // the stubs at 85 %, the heads at 85 % over them
                    double a1 = OPACITY * under;
                    double a2 = OPACITY * over;
                    pixels[i] = shades[(int) Math.round((a2 + a1 * (1 - a2)) * 255)];
                    stubs[i] = 0;
                    heads[i] = 0;
                }
            }
        }
        return SparseLayer.of(pixels, w, minX, minY, maxX, maxY);
    }

    /** A butt-ended stroke of {@code width} from {@code (x, y)} along unit {@code (ux, uy)} for {@code length}. */
    private void segment(float[] coverage, int w, int h, double x, double y, double ux, double uy,
            double length, double width) {
        double half = width / 2;
        double ex = x + ux * length;
        double ey = y + uy * length;
        int x0 = Math.max(0, (int) Math.floor(Math.min(x, ex) - half - 1));
        int x1 = Math.min(w - 1, (int) Math.ceil(Math.max(x, ex) + half + 1));
        int y0 = Math.max(0, (int) Math.floor(Math.min(y, ey) - half - 1));
        int y1 = Math.min(h - 1, (int) Math.ceil(Math.max(y, ey) + half + 1));
        touch(x0, y0, x1, y1);
        for (int py = y0; py <= y1; py++) {
            double cy = py + 0.5 - y;
            for (int px = x0; px <= x1; px++) {
                double cx = px + 0.5 - x;
                double along = cx * ux + cy * uy;
                double across = Math.abs(cx * uy - cy * ux);
                double c = clamp(half + 0.5 - across) * clamp(Math.min(along, length - along) + 0.5);
                keep(coverage, py * w + px, c);
            }
        }
    }

    /** A filled triangle; each edge fades out over the pixel its line crosses. */
    private void triangle(float[] coverage, int w, int h, double ax, double ay, double bx, double by,
            double cx, double cy) {
        double orientation = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (Math.abs(orientation) < 1e-9) {
            return;
        }
        double sign = Math.signum(orientation);
        double[] xs = {ax, bx, cx};
        double[] ys = {ay, by, cy};
        double[] nx = new double[3];
        double[] ny = new double[3];
        for (int i = 0; i < 3; i++) {
            // the inward unit normal of the edge from corner i to the next
            double dx = xs[(i + 1) % 3] - xs[i];
            double dy = ys[(i + 1) % 3] - ys[i];
            double length = Math.hypot(dx, dy);
            nx[i] = -dy / length * sign;
            ny[i] = dx / length * sign;
        }
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx)) - 1));
        int x1 = Math.min(w - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx)) + 1));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, Math.min(by, cy)) - 1));
        int y1 = Math.min(h - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy)) + 1));
        touch(x0, y0, x1, y1);
        for (int py = y0; py <= y1; py++) {
            for (int px = x0; px <= x1; px++) {
                double inside = Double.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    inside = Math.min(inside, (px + 0.5 - xs[i]) * nx[i] + (py + 0.5 - ys[i]) * ny[i]);
                }
                keep(coverage, py * w + px, clamp(inside + 0.5));
            }
        }
    }

    private void touch(int x0, int y0, int x1, int y1) {
        minX = Math.min(minX, x0);
        minY = Math.min(minY, y0);
        maxX = Math.max(maxX, x1 + 1);
        maxY = Math.max(maxY, y1 + 1);
    }

    private static void keep(float[] coverage, int i, double c) {
        if (c > coverage[i]) {
            coverage[i] = (float) c;
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
