package org.clusterscope.gui.bench;

import java.util.Arrays;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

import org.clusterscope.bench.Benchmark;
import org.clusterscope.gui.canvas.CanvasPainter;
import org.clusterscope.gui.canvas.DrawModel;
import org.clusterscope.gui.canvas.Viewport;

/**
 * {@code gui.frame_ms}: the median time to draw one frame of 500 nodes, 1,500 links and 2,000
 * packets in flight (all layers on) on a 1280×800 canvas, and to render it: each frame is the
 * painter's work plus a snapshot of the canvas, which makes the renderer (software, when run as
 * documented) execute it. Median of 25 frames after 5 warm-up frames.
 *
 * <p>What a frame redraws: the scene advances 16 ms of virtual time per frame, so every one of
 * the 2,000 packets is at a new place on every frame and is drawn again, the drop marks fade by
 * the wall clock, and the canvas gets the whole composed picture anew. Nothing else changes
 * between frames, as in a running simulation between two state changes, so the cached layers
 * (links, shading, votes, nodes, labels: see {@code LayeredPainter}) are reused. With
 * {@code -Dgui.frame.changes=true} every frame also changes one node's state and flips one link,
 * so both cached layers are redrawn on every frame: the figure then is the cost of a frame in
 * which the picture changes.
 *
 * <p>Part of each figure is fixed: handing a 1280×800 image to the canvas and snapshotting it
 * costs about 1.5 ms in software rendering, whatever is drawn.
 */
public final class GuiFrameBenchmark implements Benchmark {

    static final int WARM_UP = 5;
    static final int FRAMES = 25;
    /** Virtual time between two frames: one frame at 60 fps and 1×. */
    static final long FRAME_MICROS = 16_000;

    @Override
    public String name() {
        return "gui.frame_ms";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public double measure() throws Exception {
        FxToolkit.start();
        DrawModel scene = SyntheticScene.of(500, 1_500, 2_000, 42);
        boolean changes = Boolean.getBoolean("gui.frame.changes");
        return FxToolkit.onFx(() -> {
            Canvas canvas = new Canvas(1280, 800);
            Viewport viewport = new Viewport();
            viewport.set(0.72, 20, 10);
            CanvasPainter painter = new CanvasPainter();
            WritableImage image = new WritableImage(1280, 800);
            SnapshotParameters parameters = new SnapshotParameters();
            double[] times = new double[FRAMES];
            DrawModel model = scene;
            for (int frame = 0; frame < WARM_UP + FRAMES; frame++) {
                model = SyntheticScene.later(changes ? SyntheticScene.changed(model, frame) : model, FRAME_MICROS);
                long start = System.nanoTime();
                painter.paint(canvas.getGraphicsContext2D(), 1280, 800, 1, model, viewport, start);
                canvas.snapshot(parameters, image);
                long took = System.nanoTime() - start;
                if (frame >= WARM_UP) {
                    times[frame - WARM_UP] = took / 1e6;
                }
            }
            Arrays.sort(times);
            return times[FRAMES / 2];
        });
    }
}
