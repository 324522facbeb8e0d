package org.clusterscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The deterministic discrete-event kernel: a virtual clock and a queue of timers ordered by
 * (virtual time, sequence number). Nothing here reads the wall clock or starts a thread; one
 * engine, one seed and the same calls give the same run, event for event (DESIGN.md "Threads").
 *
 * <p>Time is in microseconds (see {@link org.clusterscope.core.SimTime}). The engine is not
 * thread-safe: it is driven by one thread, the simulation thread.
 */
public final class Engine {

    private final TimerQueue queue = new TimerQueue();
    private final RandomStreams random;
    private final List<Runnable> stepListeners = new ArrayList<>();
    private long now;
    private long nextSequence;
    private long executed;
    private DueSource source;

    public Engine(long seed) {
        this.random = new RandomStreams(seed);
    }

    /** The current virtual time in microseconds. */
    public long now() {
        return now;
    }

    public RandomStreams random() {
        return random;
    }

    /** Runs {@code task} after {@code delay} microseconds (0 means later at this same instant). */
    public Timer schedule(long delay, Runnable task) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
        return scheduleAt(now + delay, task);
    }

    /** Runs {@code task} at the virtual instant {@code time}, which must not be in the past. */
    public Timer scheduleAt(long time, Runnable task) {
        if (time < now) {
            throw new IllegalArgumentException("time " + time + " is before now " + now);
        }
        Timer timer = new Timer(time, nextSequence++, task);
        queue.add(timer);
        return timer;
    }

    /**
     * Runs {@code task} at {@code time} with the sequence number {@code sequence}, one of a block
     * taken with {@link #reserveSequences}: a scenario's timed steps keep their place in the order
     * when they are scheduled again (a copied run following a forked script).
     */
    public Timer scheduleAt(long time, long sequence, Runnable task) {
        if (time < now) {
            throw new IllegalArgumentException("time " + time + " is before now " + now);
        }
        if (sequence >= nextSequence) {
            throw new IllegalArgumentException("sequence " + sequence + " was not reserved");
        }
        Timer timer = new Timer(time, sequence, task);
        queue.add(timer);
        return timer;
    }

    /** Reserves {@code count} sequence numbers and returns the first: what is scheduled later comes after them. */
    public long reserveSequences(long count) {
        long first = nextSequence;
        nextSequence += count;
        return first;
    }

    /**
     * Merges a second queue into this engine's order (see {@link DueSource}); each of its items
     * is one step, as a timer is. One source at most: the simulated network's.
     *
     * @throws IllegalStateException if a source is already attached
     */
    public void attach(DueSource due) {
        if (source != null) {
            throw new IllegalStateException("a due source is already attached");
        }
        source = Objects.requireNonNull(due, "due");
    }

    /**
     * A sequence number for an item of a {@link DueSource}, taken from the same counter as
     * timers, so that the item and the timers around it run in the order they were scheduled.
     */
    public long claimSequence() {
        return nextSequence++;
    }

    /**
     * A listener run after every step (every delivery, timer and scenario event), for
     * invariant checks that must see each intermediate state (STYLE.md §4).
     */
    public void addStepListener(Runnable listener) {
        stepListeners.add(listener);
    }

    public void removeStepListener(Runnable listener) {
        stepListeners.remove(listener);
    }

    /** Runs the next pending task, advancing the clock to its time. Returns false if none is pending. */
    public boolean step() {
        return stepUntil(Long.MAX_VALUE);
    }

    /**
     * Runs the next pending task if it is due at or before {@code limit}: the earlier of the
     * timer queue's head and the source's head, ties by sequence. Each step looks at both heads
     * once, since on a busy network this runs millions of times per second.
     */
    private boolean stepUntil(long limit) {
        Timer timer = nextLive();
        long timerAt = timer == null ? Long.MAX_VALUE : timer.time;
        long sourceAt = source == null ? Long.MAX_VALUE : source.headTime();
        boolean fromSource = sourceAt != Long.MAX_VALUE && (sourceAt < timerAt
                || (sourceAt == timerAt && source.headSequence() < timer.sequence));
        long at = fromSource ? sourceAt : timerAt;
        if (at == Long.MAX_VALUE || at > limit) {
            return false;
        }
        now = at;
        executed++;
        if (fromSource) {
            source.runHead();
        } else {
            queue.poll();
            timer.take().run();
        }
        for (int i = 0, n = stepListeners.size(); i < n; i++) {
            stepListeners.get(i).run();
        }
        return true;
    }

    /** Runs every task due at or before {@code time}, then sets the clock to {@code time}. Returns the number run. */
    public long runUntil(long time) {
        return runUntil(time, () -> false);
    }

    /**
     * Runs tasks due at or before {@code time} until {@code stop} answers true after a step. If
     * it never does, the clock ends at {@code time}; otherwise it stays at the stopping step.
     * Returns the number of tasks run.
     */
    public long runUntil(long time, BooleanSupplier stop) {
        long before = executed;
        while (stepUntil(time)) {
            if (stop.getAsBoolean()) {
                return executed - before;
            }
        }
        if (time > now) {
            now = time;
        }
        return executed - before;
    }

    /** Runs for {@code duration} microseconds of virtual time. */
    public long runFor(long duration) {
        return runUntil(now + duration);
    }

    /** The time of the next live task, or {@link Long#MAX_VALUE} when nothing is pending. */
    public long nextEventTime() {
        Timer next = nextLive();
        long at = next == null ? Long.MAX_VALUE : next.time;
        return source == null ? at : Math.min(at, source.headTime());
    }

    public boolean hasPending() {
        return nextEventTime() != Long.MAX_VALUE;
    }

    /** How many tasks have run since the engine was created. */
    public long executedCount() {
        return executed;
    }

    private Timer nextLive() {
        Timer head = queue.peek();
        while (head != null && head.isCancelled()) {
            queue.poll();
            head = queue.peek();
        }
        return head;
    }
}
