package org.clusterscope.net.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.clusterscope.net.Cancellable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node's thread keeps the contract of the simulator's scheduler (net.TaskScheduler): its tasks
 * run one at a time on that thread, tasks due together run in the order they were scheduled, a
 * cancelled task does not run, and a task that throws does not stop the ones after it.
 */
class NodeLoopTest {

    private final List<Throwable> crashes = new CopyOnWriteArrayList<>();
    private final NodeLoop loop = new NodeLoop("node-test", crashes::add);

    @AfterEach
    void close() {
        loop.close();
    }

    @Test
    void tasksRunOneAtATimeOnTheNodesThreadInTheOrderTheyWereScheduled() throws InterruptedException {
        List<Integer> order = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            int n = i;
            Runnable task = () -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                order.add(n); // a plain list: safe only because tasks never overlap
                threads.add(Thread.currentThread().getName());
                running.decrementAndGet();
                done.countDown();
            };
            if (n % 2 == 0) {
                loop.schedule(0, task);
            } else {
                loop.execute(task);
            }
        }
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(overlaps).hasValue(0);
        assertThat(threads).containsOnly("node-test");
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertThat(order).isEqualTo(expected);
    }

    @Test
    void aCancelledTaskDoesNotRunAndAThrowingTaskDoesNotStopTheNext() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch last = new CountDownLatch(1);
        // the loop waits at the gate, so nothing below can run before the gate opens
        loop.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Cancellable cancelled = loop.schedule(0, () -> ran.add("cancelled"));
        loop.schedule(0, () -> {
            throw new IllegalStateException("a bug in a task");
        });
        loop.schedule(0, () -> {
            ran.add("last");
            last.countDown();
        });
        cancelled.cancel();
        gate.countDown();
        assertThat(last.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("last");
        assertThat(crashes).singleElement().satisfies(e -> assertThat(e).hasMessage("a bug in a task"));
    }

    @Test
    void callWaitsForTheAnswerAndRunsAtOnceFromTheLoopItself() {
        assertThat(loop.call(() -> loop.isLoopThread(), 60_000)).isTrue();
        assertThat(loop.isLoopThread()).isFalse();
        assertThat(loop.call(() -> loop.call(() -> 42, 60_000), 60_000)).isEqualTo(42);
    }
}
