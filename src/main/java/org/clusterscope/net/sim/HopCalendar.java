package org.clusterscope.net.sim;

import org.clusterscope.engine.Engine;
import org.clusterscope.engine.Timer;

/**
 * Hops waiting to arrive, kept by arrival instant, with a single engine task standing for the
 * earliest. A flood puts thousands of hops on the wire within milliseconds; with one engine timer
 * each, the engine's queue grew to tens of thousands of entries and became the bottleneck of a
 * run. Here the engine's queue holds one entry for the whole network.
 *
 * <p>Instants in the coming {@value #SLOTS} microseconds live in a ring of slots indexed by the
 * arrival time modulo the ring size; since every pending instant lies in that window, two of them
 * never share a slot. A slot holds its hops in departure order. The task runs one hop, the first of
 * the earliest slot, then scans the ring forward from now for the next occupied slot and schedules
 * it: every arrival is still its own engine step, so step listeners (invariant checks, a GUI's
 * single step) see each delivery. A hop due later than the window (a link slower than 65 ms) gets
 * its own engine task. Hops due at one instant arrive in the order they left, and the run is as
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

    /** Runs the first hop due now; the next one, even at this same instant, is the engine's next step. */
    private void runDue() {
        timer = null;
        long now = engine.now();
        int slot = (int) (now & MASK);
        Hop hop = first[slot];
        Hop next = hop.nextDue;
        hop.nextDue = null;
        if (next == null) {
            first[slot] = null;
            last[slot] = null;
            occupied--;
        } else {
            first[slot] = next;
        }
        running = true;
        try {
            hop.run();
        } finally {
            running = false;
            scheduleEarliest(now);
        }
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
