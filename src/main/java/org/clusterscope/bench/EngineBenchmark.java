package org.clusterscope.bench;

import java.util.random.RandomGenerator;

import org.clusterscope.engine.Engine;

/**
 * Scheduled-and-run events per second: 1,000 self-rescheduling tasks keep the queue as full as
 * a busy simulation's; the figure is the best of five rounds after three warm-up rounds.
 */
public final class EngineBenchmark implements Benchmark {

    @Override
    public String name() {
        return "engine.events_per_s";
    }

    @Override
    public String unit() {
        return "events/s";
    }

    @Override
    public double measure() {
        return Rounds.best(EngineBenchmark::round);
    }

    private static double round(long seed) {
        Engine engine = new Engine(seed);
        RandomGenerator random = engine.random().stream("bench");
        int pending = 1_000;
        Runnable[] tasks = new Runnable[pending];
        for (int i = 0; i < pending; i++) {
            final int index = i;
            tasks[i] = () -> engine.schedule(1 + random.nextInt(1_000), tasks[index]);
            engine.schedule(random.nextInt(1_000), tasks[i]);
        }
        long events = 4_000_000;
        long start = System.nanoTime();
        for (long i = 0; i < events; i++) {
            engine.step();
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }
}
