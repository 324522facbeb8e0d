package org.clusterscope.gui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import javafx.stage.Stage;

import org.clusterscope.bench.Benchmark;
import org.clusterscope.gui.App;
import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.files.RecentFiles;

/**
 * {@code gui.seek_ms}: wall milliseconds from a click on the timeline at a random instant of the
 * 40 s demo, already run to its end, to the window showing that instant (the run rebuilt on the
 * simulation thread from its script and swapped in). Median of {@link #SEEKS} seeks at seeded
 * random instants, after {@link #WARM_UPS} warm-up seeks.
 */
public class GuiSeekBenchmark implements Benchmark {

    static final int SEEKS = 15;
    static final int WARM_UPS = 5;

    @Override
    public String name() {
        return "gui.seek_ms";
    }

    @Override
    public String unit() {
        return "ms";
    }

    /** What the window opens; the demo by default. */
    void open(App.MainWindow window) {
        window.session().openResource(DocumentSession.DEFAULT_DEMO);
    }

    long end() {
        return 40_000_000;
    }

    int seeks() {
        return SEEKS;
    }

    int warmUps() {
        return WARM_UPS;
    }

    @Override
    public double measure() throws Exception {
        FxToolkit.start();
        App.MainWindow window = FxToolkit.onFx(() -> {
            App.MainWindow opened = App.MainWindow.open(new Stage(), RecentFiles.inMemory());
            open(opened);
            opened.controller().fitToWindow();
            opened.model().run().runUntil(end());
            return opened;
        });
        try {
            waitFor(window, end(), 600_000);
            long[] grid = FxToolkit.onFx(() -> new long[] {window.model().run().checkpointInstants().size(),
                window.model().run().checkpointBytes()});
            System.err.printf("  %s: %d checkpoints, %.1f MB estimated%n", name(), grid[0], grid[1] / 1e6);
            SplittableRandom random = new SplittableRandom(42);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < warmUps() + seeks(); i++) {
                long target = random.nextLong(end());
                long start = System.nanoTime();
                FxToolkit.onFx(() -> {
                    window.model().run().seek(target);
                    return null;
                });
                waitFor(window, target, 60_000);
                if (i >= warmUps()) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            Collections.sort(millis);
            return millis.get(millis.size() / 2);
        } finally {
            FxToolkit.onFx(() -> {
                window.controller().dispose();
                ((Stage) window.scene().getWindow()).close();
                return null;
            });
        }
    }

    /** Waits until the window shows virtual time {@code target}, no rebuild pending. */
    private static void waitFor(App.MainWindow window, long target, long limitMillis) throws Exception {
        long deadline = System.nanoTime() + limitMillis * 1_000_000;
        while (true) {
            boolean there = FxToolkit.onFx(() -> !window.model().run().seekingProperty().get()
                    && window.model().run().frame().now() == target);
            if (there) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not show " + target / 1_000 + " virtual ms in "
                        + limitMillis / 1_000 + " s");
            }
            Thread.sleep(1);
        }
    }

    /** {@code gui.seek_300_nodes_ms}: the same on a 300-node grid run for 60 virtual seconds. */
    public static final class ThreeHundredNodes extends GuiSeekBenchmark {

        @Override
        public String name() {
            return "gui.seek_300_nodes_ms";
        }

        @Override
        void open(App.MainWindow window) {
            window.session().openScenario(BusyScenario.grid(300));
        }

        @Override
        long end() {
            return 60_000_000;
        }

        @Override
        int seeks() {
            return 5;
        }

        @Override
        int warmUps() {
            return 1;
        }
    }
}
