package org.clusterscope.net.real;

import java.time.Instant;

import org.clusterscope.net.Clock;

/**
 * Wall time for nodes on real sockets: microseconds since the Unix epoch, read from the monotonic
 * clock after one look at the calendar, so it never goes back when the system clock is set.
 *
 * <p>Epoch time rather than time since the process started, because it travels: a node's birth
 * ranks candidates under the {@code time} strategy across processes and hosts, and a restarted
 * process must have a larger incarnation than its previous life or its peers would ignore its
 * messages as stale (PROTOCOL.md §2).
 */
public final class WallClock implements Clock {

    private static final WallClock SYSTEM = new WallClock();

    private final long originMicros;
    private final long originNanos;
    private long last;

    private WallClock() {
        Instant now = Instant.now();
        this.originNanos = System.nanoTime();
        this.originMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** The process's one wall clock. */
    public static WallClock system() {
        return SYSTEM;
    }

    @Override
    public synchronized long nowMicros() {
        long now = originMicros + (System.nanoTime() - originNanos) / 1_000;
        if (now < last) {
            now = last;
        }
        last = now;
        return now;
    }
}
