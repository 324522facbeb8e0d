package org.clusterscope.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clusterscope.scenario.FaultKind;
import org.clusterscope.scenario.FaultSchedule;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.FuzzRun;

/**
 * {@code fuzz.runs_per_s}: fuzz runs per second of the five-node demo (ring-kill-master) for 60
 * virtual seconds with random faults, in one process on every processor, as {@code fuzz} does.
 */
public final class FuzzBenchmark implements Benchmark {

    private static final int WARM_UP = 200;
    private static final int RUNS = 1_000;

    @Override
    public String name() {
        return "fuzz.runs_per_s";
    }

    @Override
    public String unit() {
        return "runs/s";
    }

    @Override
    public double measure() throws Exception {
        Scenario demo = new ScenarioReader().readResource("/org/clusterscope/scenarios/ring-kill-master.json");
        Scenario scenario = FuzzRun.checked(demo.withRunFor(org.clusterscope.core.Span.parse("60s")), false);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            runAll(pool, scenario, 0, WARM_UP);
            long start = System.nanoTime();
            runAll(pool, scenario, WARM_UP, RUNS);
            return RUNS / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, Scenario scenario, long firstSeed, int runs) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long seed = firstSeed + i;
            futures.add(pool.submit(() -> new FuzzRun(scenario, seed)
                    .run(FaultSchedule.draw(scenario, seed, EnumSet.allOf(FaultKind.class)))));
        }
        for (Future<?> future : futures) {
            future.get();
        }
    }
}
