package org.clusterscope.gui.bench;

import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

import org.clusterscope.bench.Benchmark;
import org.clusterscope.gui.App;
import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.files.RecentFiles;

/**
 * {@code gui.pulse_gap_ms}: the longest gap between two pulses of the FX thread while the
 * default demo plays at 100×, the top speed, in the main window: how long the window can stay
 * frozen while the simulation thread runs flat out beside it (DESIGN.md "Threads"). Pulses are
 * counted over 3 wall seconds after 1 second in which the nodes join and the code warms up.
 */
public final class GuiPulseGapBenchmark implements Benchmark {

    private static final long WARM_UP_MILLIS = 1_000;
    private static final long MEASURE_MILLIS = 3_000;

    @Override
    public String name() {
        return "gui.pulse_gap_ms";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public double measure() throws Exception {
        FxToolkit.start();
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        App.MainWindow window = FxToolkit.onFx(() -> {
            App.MainWindow opened = App.MainWindow.open(new Stage(), RecentFiles.inMemory());
            opened.session().openResource(DocumentSession.DEFAULT_DEMO);
            opened.controller().fitToWindow();
            opened.model().run().setSpeed(100);
            opened.model().run().play();
            return opened;
        });
        Thread.sleep(WARM_UP_MILLIS);
        AnimationTimer probe = FxToolkit.onFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // the wall instant the pulse ran, not the pulse's planned time: a late pulse is the point
                    long at = System.nanoTime();
                    long before = last.getAndSet(at);
                    if (before != 0) {
                        longest.accumulateAndGet(at - before, Math::max);
                    }
                    pulses.incrementAndGet();
                }
            };
            timer.start();
            return timer;
        });
        Thread.sleep(MEASURE_MILLIS);
        long simulated = FxToolkit.onFx(() -> {
            probe.stop();
            long now = window.controller().canvas().lastDrawn().live().now();
            window.controller().dispose();
            ((Stage) window.scene().getWindow()).close();
            return now;
        });
        if (pulses.get() < 2) {
            throw new IllegalStateException("the FX thread pulsed " + pulses.get() + " times in 3 s");
        }
        if (simulated < 20_000_000) {
            throw new IllegalStateException("the demo reached only " + simulated / 1_000 + " virtual ms at 100×");
        }
        return longest.get() / 1e6;
    }
}
