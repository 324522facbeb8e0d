package org.clusterscope.gui.bridge;

import java.util.concurrent.locks.LockSupport;

/**
 * The wall clock the {@link SimulationDriver} paces the run by: how far virtual time may move in
 * a tick, how long a tick may simulate, and how long to wait before the next. The window uses
 * {@link #SYSTEM}; a test hands in a clock it moves itself, so it can tell what the driver does
 * on a slow machine without sleeping or depending on the machine's speed.
 */
public interface WallClock {

    /** Nanoseconds from an arbitrary origin, never going backwards. */
    long nanoTime();

    /** Waits up to {@code nanos} or until {@link LockSupport#unpark} wakes {@code thread} early. */
    void park(long nanos);

    /** The machine's clock: {@link System#nanoTime()} and {@link LockSupport#parkNanos(long)}. */
    WallClock SYSTEM = new WallClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void park(long nanos) {
            LockSupport.parkNanos(nanos);
        }
    };
}
