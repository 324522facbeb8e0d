package org.clusterscope.gui.bench;

import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

import org.clusterscope.bench.Benchmark;
import org.clusterscope.gui.App;
import org.clusterscope.gui.files.RecentFiles;

/**
 * {@code gui.fps_300_nodes_10x}: frames per second the whole main window sustains while a grid
 * of 300 nodes runs at 10× with every layer on (canvas, log, chart and inspector all live),
 * counted over 6 wall seconds after 3 seconds of warm-up.
 */
public final class GuiFpsBenchmark implements Benchmark {

    @Override
    public String name() {
        return "gui.fps_300_nodes_10x";
    }

    @Override
    public String unit() {
        return "fps";
    }

    @Override
    public double measure() throws Exception {
        FxToolkit.start();
        AtomicLong frames = new AtomicLong();
        Object[] opened = new Object[2];
        FxToolkit.onFx(() -> {
            Stage stage = new Stage();
            App.MainWindow window = App.MainWindow.open(stage, RecentFiles.inMemory());
            window.session().openScenario(BusyScenario.grid(300));
            window.controller().fitToWindow();
            window.model().run().setSpeed(10);
            window.model().run().play();
            AnimationTimer counter = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.incrementAndGet();
                }
            };
            counter.start();
            opened[0] = window;
            opened[1] = counter;
            return null;
        });
        Thread.sleep(3_000);
        long start = System.nanoTime();
        long before = frames.get();
        Thread.sleep(6_000);
        double fps = (frames.get() - before) / ((System.nanoTime() - start) / 1e9);
        FxToolkit.onFx(() -> {
            ((AnimationTimer) opened[1]).stop();
            App.MainWindow window = (App.MainWindow) opened[0];
            window.controller().dispose();
            ((Stage) window.scene().getWindow()).close();
            return null;
        });
        return fps;
    }
}
