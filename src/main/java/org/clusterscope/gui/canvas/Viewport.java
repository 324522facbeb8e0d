package org.clusterscope.gui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Maps scenario coordinates (what a file stores as {@code x}, {@code y}) to canvas pixels:
 * {@code screen = world × scale + offset}. Mutable, owned by the FX thread.
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;

    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public double scale() {
        return scale;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    public double toScreenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public Point2D toWorld(double screenX, double screenY) {
        return new Point2D((screenX - offsetX) / scale, (screenY - offsetY) / scale);
    }

    public void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms by {@code factor} keeping the world point under the screen point in place. */
    public void zoomAt(double screenX, double screenY, double factor) {
        double newScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        Point2D world = toWorld(screenX, screenY);
        scale = newScale;
        offsetX = screenX - world.getX() * scale;
        offsetY = screenY - world.getY() * scale;
    }

    /** Shows all of {@code world} inside a {@code width}×{@code height} canvas with a margin. */
    public void fit(Rectangle2D world, double width, double height, double margin) {
        if (world == null || width <= 2 * margin || height <= 2 * margin) {
            return;
        }
        double w = Math.max(world.getWidth(), 1);
        double h = Math.max(world.getHeight(), 1);
        scale = Math.max(MIN_SCALE, Math.min(1.6, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h)));
        offsetX = (width - world.getWidth() * scale) / 2 - world.getMinX() * scale;
        offsetY = (height - world.getHeight() * scale) / 2 - world.getMinY() * scale;
    }

    public void set(double newScale, double newOffsetX, double newOffsetY) {
        scale = newScale;
        offsetX = newOffsetX;
        offsetY = newOffsetY;
    }
}
