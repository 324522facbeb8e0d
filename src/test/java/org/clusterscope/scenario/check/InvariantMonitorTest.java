package org.clusterscope.scenario.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.Span;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.InvariantKind;

/** {@code from} and {@code grace}: when a violation starts to count. */
class InvariantMonitorTest {

    /** A property the test breaks and mends at chosen instants. */
    private static final class Switch implements Invariant {
        boolean broken;

        public String name() {
            return "switch";
        }

        public String violation(ClusterView sim) {
            return broken ? "the switch is off" : null;
        }
    }

    private final Simulation sim = new Simulation(1);
    private final Switch property = new Switch();

    private InvariantMonitor watch(String from, String grace) {
        Expectation.Always always = new Expectation.Always(InvariantKind.AT_MOST_ONE_MASTER,
                from == null ? null : Span.parse(from), grace == null ? null : Span.parse(grace));
        InvariantMonitor monitor = new InvariantMonitor(always, property);
        sim.addStepListener(() -> monitor.afterStep(sim, () -> "the test flipped it"));
        return monitor;
    }

    private void breakBetween(long fromSeconds, long toSeconds) {
        sim.at(fromSeconds * 1_000_000, () -> property.broken = true);
        sim.at(toSeconds * 1_000_000, () -> property.broken = false);
    }

    /** Keeps steps coming every 100 ms, as heartbeats do in a real run. */
    private void tick(long untilSeconds) {
        for (long t = 0; t <= untilSeconds * 1_000_000; t += 100_000) {
            sim.at(t, () -> { });
        }
    }

    @Test
    void withoutGraceTheFirstBrokenStepFailsAndNamesItsCause() {
        InvariantMonitor monitor = watch(null, null);
        breakBetween(3, 4);
        tick(10);

        sim.runUntil(10_000_000);
        monitor.finish(sim);

        assertThat(monitor.result().line())
                .isEqualTo("FAIL always atMostOneMaster: at 3s the switch is off (after the test flipped it)");
    }

    @Test
    void aViolationShorterThanTheGraceDoesNotCount() {
        InvariantMonitor monitor = watch(null, "2s");
        breakBetween(3, 5);
        tick(10);

        sim.runUntil(10_000_000);
        monitor.finish(sim);

        assertThat(monitor.result().passed()).isTrue();
    }

    @Test
    void aViolationLongerThanTheGraceCountsOnce() {
        InvariantMonitor monitor = watch(null, "2s");
        breakBetween(3, 6);
        tick(10);

        sim.runUntil(10_000_000);
        monitor.finish(sim);

        assertThat(monitor.result().line()).isEqualTo("FAIL always atMostOneMaster grace 2s: at 3s the switch is off, "
                + "still at 5.1s (after the test flipped it)");
    }

    @Test
    void aViolationStillOpenAtTheEndCountsWhenItOutlastedTheGrace() {
        InvariantMonitor monitor = watch(null, "2s");
        sim.at(7_000_000, () -> property.broken = true);

        sim.runUntil(10_000_000);
        monitor.finish(sim);

        assertThat(monitor.failed()).isTrue();
        assertThat(monitor.failure()).startsWith("at 7s the switch is off, still at 10s");
    }

    @Test
    void beforeFromNothingCounts() {
        InvariantMonitor monitor = watch("5s", null);
        breakBetween(3, 4);
        tick(10);

        sim.runUntil(10_000_000);
        monitor.finish(sim);

        assertThat(monitor.result().line()).isEqualTo("PASS always atMostOneMaster from 5s");
    }
}
