package org.clusterscope.net.sim;

import org.clusterscope.engine.Engine;
import org.clusterscope.engine.Timer;

/**
 * Hops waiting to arrive, kept by arrival instant, behind a single engine task for the earliest
 * instant. A flood puts thousands of hops on the wire within milliseconds; giving each its own
 * engine timer made the engine's queue, not the network, the bottleneck of a run.
 *
 * <p>Instants in the coming {@value #SLOTS} microseconds live in a ring of slots indexed by the
 * arrival time modulo the ring size; since every pending instant lies in that window, two of them
 * never share a slot. A slot holds its hops in departure order. When an instant's task runs it
 * empties the slot, runs the hops, then scans the ring forward for the next occupied slot and
 * schedules it. A hop due later than the window (a link slower than 65 ms) gets its own engine
 * task. Hops due at one instant thus arrive in the order they left, and the run is as
 * deterministic as the engine.
 */
final class HopCalendar {

    /** About 65 ms of microseconds: longer than the latency of most links. */
    static final int SLOTS = 1 << 16;
    private static final int MASK = SLOTS - 1;

    private final Engine engine;
    private final long[] instant = new long[SLOTS];
    private final Hop[] first = new Hop[SLOTS];
    private final Hop[] last = new Hop[SLOTS];
    private final Runnable runDue = this::runDue;
    private int occupied;
    private Timer timer;
    private long timerAt;
    private boolean running;

    HopCalendar(Engine engine) {
        this.engine = engine;
    }

    /** Runs {@code hop} at {@code hop.arrival}, which is not in the past. */
    void add(Hop hop) {
        long at = hop.arrival;
        if (at - engine.now() >= SLOTS) {
            engine.scheduleAt(at, hop);
            return;
        }
        int slot = (int) (at & MASK);
        hop.nextDue = null;
        Hop tail = last[slot];
        if (tail != null) {
            // the slot's instant is this one: pending instants all lie within one ring
            tail.nextDue = hop;
            last[slot] = hop;
            return;
        }
        instant[slot] = at;
        first[slot] = hop;
        last[slot] = hop;
        occupied++;
        if (!running && (timer == null || at < timerAt)) {
            schedule(at);
        }
    }

    private void schedule(long at) {
        if (timer != null) {
            timer.cancel();
        }
        timer = engine.scheduleAt(at, runDue);
        timerAt = at;
    }

    private void runDue() {
        timer = null;
        long now = engine.now();
        int slot = (int) (now & MASK);
        Hop hop = first[slot];
        // empty the slot first: a hop sent now over a link without latency opens it again
        first[slot] = null;
        last[slot] = null;
        occupied--;
        running = true;
        try {
            while (hop != null) {
                Hop current = hop;
                hop = current.nextDue;
                current.nextDue = null;
                current.run();
            }
        } finally {
            running = false;
            if (hop != null) {
                // a receiver threw: the hops not yet run stay due at this instant
                putBack(slot, now, hop);
            }
            scheduleEarliest(now);
        }
    }

    private void putBack(int slot, long now, Hop rest) {
        if (rest == null) {
            return;
        }
        Hop tail = rest;
        while (tail.nextDue != null) {
            tail = tail.nextDue;
        }
        if (last[slot] == null) {
            instant[slot] = now;
            last[slot] = tail;
            occupied++;
        } else {
            tail.nextDue = first[slot];
        }
        first[slot] = rest;
    }

    private void scheduleEarliest(long now) {
        if (occupied == 0 || timer != null) {
            return;
        }
        for (long t = now;; t++) {
            int s = (int) (t & MASK);
            if (last[s] != null) {
                schedule(instant[s]);
                return;
            }
        }
    }
}
