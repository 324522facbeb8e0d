package org.clusterscope.net;

/**
 * Timers as a node sees them. Tasks run on the node's thread (the simulation thread in the
 * simulator), never concurrently with the node's {@link Receiver}; tasks due at the same instant
 * run in the order they were scheduled.
 */
@FunctionalInterface
public interface TaskScheduler {

    /** Runs {@code task} after {@code delayMicros} microseconds (0: after the current work). */
    Cancellable schedule(long delayMicros, Runnable task);
}
