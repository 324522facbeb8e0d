package org.clusterscope.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import org.clusterscope.bench.Benchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the figures named in {@code docs/PERFORMANCE.md}, printing each on its own line as
 * {@code name: value unit}. Run it alone on the machine: figures are wall-clock throughput.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput figures and prints each as 'name: value unit'.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--only", paramLabel = "PREFIX",
            description = "Run only the figures whose name starts with PREFIX (e.g. engine., net., gui.).")
    String only = "";

    @Option(names = "--list", description = "List the figures without measuring them.")
    boolean list;

    @Override
    public Integer call() {
        List<Benchmark> benchmarks = new ArrayList<>();
        ServiceLoader.load(Benchmark.class).forEach(benchmarks::add);
        benchmarks.sort(Comparator.comparing(Benchmark::name));
        int failures = 0;
        for (Benchmark benchmark : benchmarks) {
            if (!benchmark.name().startsWith(only)) {
                continue;
            }
            if (list) {
                System.out.println(benchmark.name() + " (" + benchmark.unit() + ")");
                continue;
            }
            try {
                System.out.println(benchmark.name() + ": " + format(benchmark.measure()) + " " + benchmark.unit());
            } catch (Exception e) {
                failures++;
                System.out.println(benchmark.name() + ": failed (" + e + ")");
            }
            System.out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    private static String format(double value) {
        if (value >= 100) {
            return String.format(java.util.Locale.ROOT, "%.0f", value);
        }
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
