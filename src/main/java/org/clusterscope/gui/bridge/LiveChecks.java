package org.clusterscope.gui.bridge;

import java.util.List;

/**
 * The expectation checks of a run, living on the simulation thread next to the simulation.
 * The port calls {@link #nextInstant()} and {@link #checkDue(long)} so that each {@code by}
 * check sees the simulation exactly at its instant; the driver drains the verdicts with each
 * published frame.
 */
public interface LiveChecks {

    LiveChecks NONE = new LiveChecks() {
        @Override
        public long nextInstant() {
            return Long.MAX_VALUE;
        }

        @Override
        public void checkDue(long now) {
        }

        @Override
        public List<CheckVerdict> drain() {
            return List.of();
        }
    };

    /** The next instant at which a check is due, or {@link Long#MAX_VALUE}. */
    long nextInstant();

    /** Runs the checks due at or before {@code now}. */
    void checkDue(long now);

    /** The verdicts reached since the last call. */
    List<CheckVerdict> drain();
}
