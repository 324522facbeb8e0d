package org.clusterscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * One seed gives one run. The workload mixes timers, cancellations and several named streams;
 * the hash of (time, task id) over the whole run must be the same in every run and on every
 * JVM, which the recorded constant checks.
 */
class EngineDeterminismTest {

    private static final long RECORDED_HASH = 5979051975222436586L;

    @Test
    void sameSeedSameRunWithinOneJvm() {
        assertThat(runHash(11)).isEqualTo(runHash(11));
        assertThat(runHash(11)).isNotEqualTo(runHash(12));
    }

    @Test
    void sameSeedSameRunAcrossJvms() {
        assertThat(runHash(2026)).isEqualTo(RECORDED_HASH);
    }

    private static long runHash(long seed) {
        Engine engine = new Engine(seed);
        RandomGenerator delays = engine.random().stream("test.delays");
        RandomGenerator cancels = engine.random().stream("test.cancels");
        long[] hash = {17};
        Timer[] last = new Timer[1];
        for (int i = 0; i < 50; i++) {
            final int id = i;
            Runnable[] task = new Runnable[1];
            task[0] = () -> {
                hash[0] = hash[0] * 31 + engine.now() * 1_000 + id;
                Timer next = engine.schedule(delays.nextInt(5_000), task[0]);
                if (cancels.nextInt(10) == 0 && last[0] != null) {
                    last[0].cancel();
                }
                last[0] = next;
            };
            engine.schedule(delays.nextInt(1_000), task[0]);
        }
        engine.runUntil(2_000_000);
        return hash[0] * 31 + engine.executedCount();
    }
}
