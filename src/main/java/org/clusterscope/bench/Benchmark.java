package org.clusterscope.bench;

/**
 * One figure of {@code docs/PERFORMANCE.md}. Implementations are listed in
 * {@code META-INF/services/org.clusterscope.bench.Benchmark} so that the {@code bench} command
 * finds them all, the GUI's included, without depending on their packages.
 */
public interface Benchmark {

    /** The figure's name, e.g. {@code engine.events_per_s}. */
    String name();

    /** The unit printed after the value, e.g. {@code events/s}. */
    String unit();

    /** Measures the figure (warm-up included) and returns its value. May take several seconds. */
    double measure() throws Exception;
}
