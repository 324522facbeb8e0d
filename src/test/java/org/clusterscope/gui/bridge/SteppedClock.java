package org.clusterscope.gui.bridge;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A wall clock a test moves itself. {@link #advance} moves it by hand; with a cost per read,
 * every look at it also finds that much time gone, as on a machine too slow for the requested
 * speed: the driver then runs out of its slice budget after a fixed number of chunks, whatever
 * the real machine's speed. Waiting does not move it: a park only yields the processor briefly.
 */
public final class SteppedClock implements WallClock {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final long costPerRead;

    public SteppedClock(long costPerReadNanos) {
        this.costPerRead = costPerReadNanos;
    }

    @Override
    public long nanoTime() {
        return now.addAndGet(costPerRead);
    }

    @Override
    public void park(long nanos) {
        // the clock does not move while the driver waits; give the processor back for a moment
        LockSupport.parkNanos(200_000);
    }

    public void advance(long nanos) {
        now.addAndGet(nanos);
    }
}
