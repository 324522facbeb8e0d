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
 * painter's drawing commands plus a snapshot of the canvas, which makes the renderer (software,
 * when run as documented) execute them. Median of 25 frames after 5 warm-up frames.
 *
 * <p>Part of each figure is fixed: snapshotting an empty canvas of this size costs about 2 ms in
 * software rendering, whatever is drawn. The rest is per shape: the software renderer pays
 * roughly 5–10 µs per stroked segment, filled shape or text run, so the crowded frame leans on
 * the painters' level of detail (see {@code CanvasPainter}).
 */
public final class GuiFrameBenchmark implements Benchmark {

    static final int WARM_UP = 5;
    static final int FRAMES = 25;

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
        DrawModel model = SyntheticScene.of(500, 1_500, 2_000, 42);
        return FxToolkit.onFx(() -> {
            Canvas canvas = new Canvas(1280, 800);
            Viewport viewport = new Viewport();
            viewport.set(0.72, 20, 10);
            WritableImage image = new WritableImage(1280, 800);
            SnapshotParameters parameters = new SnapshotParameters();
            double[] times = new double[FRAMES];
            for (int frame = 0; frame < WARM_UP + FRAMES; frame++) {
                long start = System.nanoTime();
                CanvasPainter.paint(canvas.getGraphicsContext2D(), 1280, 800, model, viewport, start);
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
