package org.clusterscope.gui.canvas;

import java.util.Arrays;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.layout.Pane;

import org.clusterscope.gui.bridge.Drop;

/**
 * The drawing surface: one {@link Canvas} that fills its pane, repainted on every pulse by an
 * {@link AnimationTimer} from the {@link DrawModel} its supplier hands over, whenever that
 * differs from what it shows. It remembers the last model drawn (what the user sees, and what
 * tests assert on) and how long painting took.
 */
public final class CanvasView extends Pane {

    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final CanvasPainter painter = new CanvasPainter();
    private final Supplier<DrawModel> models;
    private final AnimationTimer timer;
    private volatile DrawModel lastDrawn;
    private double[] lastView;
    private volatile long lastPaintNanos;
    private volatile long lastPulseNanos;
    /** The wall clock that paces the glow refresh and the drop fades; tests set their own. */
    private LongSupplier wallClock = System::nanoTime;

    public CanvasView(Supplier<DrawModel> models) {
        this.models = models;
        getStyleClass().add("topology-canvas");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        setMinSize(200, 150);
        setFocusTraversable(true);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                lastPulseNanos = now;
                repaint();
            }
        };
        timer.start();
    }

    /**
     * Paints the current model at once (also called by the timer on every pulse), unless the
     * canvas already shows exactly it: a paused run or an idle editor costs no drawing at all.
     */
    public void repaint() {
        long began = System.nanoTime();
        long start = wallClock.getAsLong();
        DrawModel model = models.get();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        double pixelScale = pixelScale();
        double[] view = {width, height, pixelScale, viewport.scale(), viewport.offsetX(), viewport.offsetY()};
        if (!painter.settled() || !model.equals(lastDrawn) || !Arrays.equals(view, lastView) || fading(model, start)) {
            painter.paint(canvas.getGraphicsContext2D(), width, height, pixelScale, model, viewport, start);
            lastDrawn = model;
            lastView = view;
        }
        lastPaintNanos = System.nanoTime() - began;
    }

    /**
     * The current picture drawn afresh at {@code factor} times the canvas's size (2 or 4 for
     * print: shapes and text are drawn at that size, not blown up from screen pixels), with
     * {@code caption} written in its upper left corner.
     */
    public WritableImage render(double factor, String caption) {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        Canvas big = new Canvas(Math.round(width * factor), Math.round(height * factor));
        GraphicsContext gc = big.getGraphicsContext2D();
        gc.scale(factor, factor);
        DrawModel model = models.get();
        // shape by shape: the cached layers of a crowded canvas are made at screen resolution
        gc.setLineCap(StrokeLineCap.BUTT);
        CanvasPainter.paintVector(gc, width, height, model, viewport, wallClock.getAsLong());
        if (!caption.isEmpty()) {
            // top left: the legend has the lower left corner
            gc.setFont(Font.font("System", FontWeight.BOLD, 13));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            gc.setFill(Palette.INK);
            gc.fillText(caption, 10, 8);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return big.snapshot(parameters, null);
    }

    /** Replaces the wall clock read by {@link #repaint()}: a test moves time on by hand instead of sleeping. */
    void useWallClock(LongSupplier clock) {
        wallClock = clock;
    }

    /** Whether a drop mark is still fading out, which the next frame must show a little paler. */
    private static boolean fading(DrawModel model, long wallNow) {
        if (model.live().overlay().animating(wallNow)) {
            return true; // a discovered link growing in or fading out, a request's arc
        }
        for (Drop drop : model.live().drops()) {
            if (wallNow - drop.wallNanos() < PacketPainter.DROP_FADE_NANOS) {
                return true;
            }
        }
        return false;
    }

    /** Device pixels per canvas pixel: 2 on a HiDPI screen, so cached layers stay as sharp as vectors. */
    private double pixelScale() {
        if (getScene() == null || getScene().getWindow() == null) {
            return 1;
        }
        return Math.max(1, getScene().getWindow().getRenderScaleX());
    }

    CanvasPainter painter() {
        return painter;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The width of the strip at the left that the legend takes, with its margins. */
    public static double legendStrip(boolean presentation) {
        return LegendPainter.width(presentation) + 20;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The model of the last frame painted: exactly what is on screen. */
    public DrawModel lastDrawn() {
        return lastDrawn;
    }

    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    public long lastPulseNanos() {
        return lastPulseNanos;
    }

    public void stop() {
        timer.stop();
    }
}
