package org.clusterscope.engine;

/**
 * A second queue of pending work that the {@link Engine} merges into its own order, for work
 * so plentiful that a {@link Timer} each would make the engine's heap the bottleneck: the
 * simulated network's hops. Items are ordered, like timers, by (virtual time, sequence), their
 * sequence numbers taken from {@link Engine#claimSequence()} when they were queued, so an item
 * runs exactly where a timer scheduled at that moment would have run.
 */
public interface DueSource {

    /** The virtual time of the earliest pending item, or {@link Long#MAX_VALUE} when none is. */
    long headTime();

    /** The sequence number of the earliest pending item; asked only while one is pending. */
    long headSequence();

    /** Runs the earliest pending item; the engine has already moved the clock to its time. */
    void runHead();
}
