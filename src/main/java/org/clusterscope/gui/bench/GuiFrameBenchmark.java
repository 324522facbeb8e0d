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
 * documented) execute it. Median of 25 frames after two seconds of warm-up frames (with only a
 * few, the figure measured the JIT compiler's warm-up rather than the painting, now that much
 * of it is plain Java).
 *
 * <p>What a frame redraws: the scene advances 16 ms of virtual time per frame, so every one of
 * the 2,000 packets is at a new place on every frame and is drawn again (after half a second
 * of virtual time they start their way over), the 50 drop marks fade as they would at 60
 * frames a second, and the canvas gets the whole composed picture anew. Nothing else changes
 * between frames, as in a running simulation between two state changes, so the cached layers
 * (links, shading, votes, nodes, labels: see {@code LayeredPainter}) are reused. Two variants
 * measure frames in which the picture changes too: with {@code -Dgui.frame.changes=states}
 * every frame one node changes state and one vote moves (an election), so the node and vote
 * layers are redrawn on every frame; with {@code -Dgui.frame.changes=links} one link goes down
 * or up on every frame, so the links are.
 *
 * <p>Part of each figure is fixed: handing a 1280×800 image to the canvas and snapshotting it
 * costs about 1.5 ms in software rendering, whatever is drawn.
 */
public final class GuiFrameBenchmark implements Benchmark {

    /**
     * Frames are painted for this long before any is measured: a window that has been open for
     * two seconds runs JIT-compiled painting code, and on two shared cores the compiler needs
     * about that long.
     */
    static final long WARM_UP_NANOS = 2_000_000_000L;
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
        String property = System.getProperty("gui.frame.changes", "none");
        SyntheticScene.Change changes = property.equals("none") ? null
                : SyntheticScene.Change.valueOf(property.toUpperCase(java.util.Locale.ROOT));
        return FxToolkit.onFx(() -> {
            Canvas canvas = new Canvas(1280, 800);
            Viewport viewport = new Viewport();
            viewport.set(0.72, 20, 10);
            CanvasPainter painter = new CanvasPainter();
            WritableImage image = new WritableImage(1280, 800);
            SnapshotParameters parameters = new SnapshotParameters();
            double[] times = new double[FRAMES];
            DrawModel model = scene;
            long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
            int measured = 0;
            for (int frame = 0; measured < FRAMES; frame++) {
                model = SyntheticScene.later(changes == null ? model : SyntheticScene.changed(model, frame, changes),
                        FRAME_MICROS);
                if (model.drawTime() - SyntheticScene.NOW > SyntheticScene.FLIGHT_MICROS / 2) {
                    // the packets have gone half their way: start them again, as new packets would
                    model = SyntheticScene.later(model, -SyntheticScene.FLIGHT_MICROS / 2);
                }
                // the drop marks fade as at 60 fps, starting over every second so that they stay on screen
                long wall = scene.live().wallNanos() + frame * FRAME_MICROS * 1_000 % 1_000_000_000L;
                long start = System.nanoTime();
                painter.paint(canvas.getGraphicsContext2D(), 1280, 800, 1, model, viewport, wall);
                canvas.snapshot(parameters, image);
                long took = System.nanoTime() - start;
                if (start > warmUpEnd) {
                    times[measured++] = took / 1e6;
                }
            }
            Arrays.sort(times);
            return times[FRAMES / 2];
        });
    }
}
