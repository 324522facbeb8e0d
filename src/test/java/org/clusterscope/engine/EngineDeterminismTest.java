package org.clusterscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import org.clusterscope.testkit.Golden;

/**
 * One seed gives one run. The workload mixes timers, cancellations and several named streams;
 * the tasks it runs, in order with their instants, must be the same in every run and on every
 * JVM, which the committed golden file checks line by line.
 */
class EngineDeterminismTest {

    @Test
    void sameSeedSameRunWithinOneJvm() {
        assertThat(run(11, 2_000_000)).isEqualTo(run(11, 2_000_000));
        assertThat(run(11, 2_000_000)).isNotEqualTo(run(12, 2_000_000));
    }

    @Test
    void sameSeedSameRunAcrossJvms() {
        Golden.assertMatches("engine/seed2026.20ms.txt", run(2026, 20_000));
    }

    /** One line per task run, {@code <time µs> task <id>}, then how many ran. */
    private static List<String> run(long seed, long untilMicros) {
        Engine engine = new Engine(seed);
        RandomGenerator delays = engine.random().stream("test.delays");
        RandomGenerator cancels = engine.random().stream("test.cancels");
        List<String> lines = new ArrayList<>();
        Timer[] last = new Timer[1];
        for (int i = 0; i < 50; i++) {
            final int id = i;
            Runnable[] task = new Runnable[1];
            task[0] = () -> {
                lines.add(engine.now() + " task " + id);
                Timer next = engine.schedule(delays.nextInt(5_000), task[0]);
                if (cancels.nextInt(10) == 0 && last[0] != null) {
                    last[0].cancel();
                }
                last[0] = next;
            };
            engine.schedule(delays.nextInt(1_000), task[0]);
        }
        engine.runUntil(untilMicros);
        lines.add("executed " + engine.executedCount());
        return lines;
    }
}
