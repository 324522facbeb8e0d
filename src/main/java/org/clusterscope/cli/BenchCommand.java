package org.clusterscope.cli;

import java.util.concurrent.Callable;

import org.clusterscope.engine.Engine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the figures named in {@code docs/PERFORMANCE.md}, printing each on its own line as
 * {@code name: value unit}.
 */
@Command(name = "bench", description = "Measures throughput figures and prints them as 'name: value unit'.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--only", description = "Run only the figures whose name starts with this prefix.")
    String only = "";

    @Override
    public Integer call() {
        if (selected("engine.")) {
            System.out.printf("engine.events_per_s: %.0f events/s%n", engineEventsPerSecond());
        }
        return 0;
    }

    private boolean selected(String name) {
        return name.startsWith(only) || only.startsWith(name);
    }

    /**
     * Self-rescheduling tasks keep 1,000 timers pending, as a busy simulation does; the figure is
     * the best of five rounds after a warm-up.
     */
    static double engineEventsPerSecond() {
        double best = 0;
        for (int round = 0; round < 8; round++) {
            Engine engine = new Engine(round);
            var random = engine.random().stream("bench");
            int pending = 1_000;
            Runnable[] tasks = new Runnable[pending];
            for (int i = 0; i < pending; i++) {
                final int index = i;
                tasks[i] = new Runnable() {
                    @Override
                    public void run() {
                        engine.schedule(1 + random.nextInt(1_000), tasks[index]);
                    }
                };
                engine.schedule(random.nextInt(1_000), tasks[i]);
            }
            long events = 4_000_000;
            long start = System.nanoTime();
            for (long i = 0; i < events; i++) {
                engine.step();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round >= 3) {
                best = Math.max(best, events / seconds);
            }
        }
        return best;
    }
}
