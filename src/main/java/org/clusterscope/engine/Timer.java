package org.clusterscope.engine;

/**
 * One scheduled task in the {@link Engine}'s queue. Timers are ordered by virtual time and then
 * by the sequence number they were given when scheduled, so two timers never compare equal and
 * the run order never depends on hashing or identity (STYLE.md §2).
 */
public final class Timer {

    final long time;
    final long sequence;
    Runnable task;
    private boolean cancelled;
    private boolean done;

    Timer(long time, long sequence, Runnable task) {
        this.time = time;
        this.sequence = sequence;
        this.task = task;
    }

    /** The virtual instant, in microseconds, at which the task runs. */
    public long time() {
        return time;
    }

    /** Cancels the task if it has not run yet; cancelling twice, or after it ran, does nothing. */
    public void cancel() {
        cancelled = true;
        task = null;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** True until the task has run or been cancelled. */
    public boolean isPending() {
        return !cancelled && !done;
    }

    Runnable take() {
        Runnable t = task;
        task = null;
        done = true;
        return t;
    }

    boolean before(Timer other) {
        return time < other.time || (time == other.time && sequence < other.sequence);
    }
}
