package org.clusterscope.gui.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * Adds shapes to the current path of a {@link GraphicsContext}. The painters put many shapes of
 * one style into one path and fill or stroke it once: a software renderer pays per drawing
 * call, so 1,500 lines in one path cost a fraction of 1,500 separate lines.
 */
final class Paths {

    private Paths() {
    }

    static void circle(GraphicsContext gc, double x, double y, double r) {
        gc.moveTo(x + r, y);
        gc.arc(x, y, r, r, 0, 360);
        gc.closePath();
    }

    static void line(GraphicsContext gc, double x1, double y1, double x2, double y2) {
        gc.moveTo(x1, y1);
        gc.lineTo(x2, y2);
    }

    static void cross(GraphicsContext gc, double x, double y, double s) {
        line(gc, x - s, y - s, x + s, y + s);
        line(gc, x - s, y + s, x + s, y - s);
    }

    /** A triangle pointing along {@code (dx, dy)} with its tip {@code size} ahead of {@code (x, y)}. */
    static void arrowHead(GraphicsContext gc, double x, double y, double dx, double dy, double size) {
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        gc.moveTo(x + ux * size, y + uy * size);
        gc.lineTo(x - ux * size * 0.6 - uy * size * 0.7, y - uy * size * 0.6 + ux * size * 0.7);
        gc.lineTo(x - ux * size * 0.6 + uy * size * 0.7, y - uy * size * 0.6 - ux * size * 0.7);
        gc.closePath();
    }

    static void square(GraphicsContext gc, double x, double y, double half) {
        gc.moveTo(x - half, y - half);
        gc.lineTo(x + half, y - half);
        gc.lineTo(x + half, y + half);
        gc.lineTo(x - half, y + half);
        gc.closePath();
    }

    /** A triangle pointing up: a GDB sync, a bundle of records on its way. */
    static void triangle(GraphicsContext gc, double x, double y, double half) {
        gc.moveTo(x, y - 1.2 * half);
        gc.lineTo(x + 1.1 * half, y + 0.8 * half);
        gc.lineTo(x - 1.1 * half, y + 0.8 * half);
        gc.closePath();
    }

    static void diamond(GraphicsContext gc, double x, double y, double half) {
        gc.moveTo(x, y - half);
        gc.lineTo(x + half, y);
        gc.lineTo(x, y + half);
        gc.lineTo(x - half, y);
        gc.closePath();
    }
}
