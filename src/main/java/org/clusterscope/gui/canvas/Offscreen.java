package org.clusterscope.gui.canvas;

import java.util.function.Consumer;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Affine;

/**
 * Runs the ordinary vector painters on a canvas that is not on screen and reads the result
 * back as premultiplied ARGB pixels: this is how the cached layers and the sprites get exactly
 * the look of the vector painters. FX thread only (snapshots must be taken there).
 */
final class Offscreen {

    private final Canvas canvas = new Canvas(1, 1);
    private WritableImage image;

    /**
     * Paints a {@code width × height}-pixel picture: {@code painter} draws in logical units,
     * which the canvas scales by {@code pixelScale} (the screen's output scale).
     */
    int[] render(int width, int height, double pixelScale, Consumer<GraphicsContext> painter) {
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new WritableImage(width, height);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, width, height);
        gc.save();
        gc.setTransform(new Affine(pixelScale, 0, 0, 0, pixelScale, 0));
        gc.setLineCap(StrokeLineCap.BUTT);
        painter.accept(gc);
        gc.restore();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        canvas.snapshot(parameters, image);
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return pixels;
    }
}
