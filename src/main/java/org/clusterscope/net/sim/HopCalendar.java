package org.clusterscope.net.sim;

import java.util.PriorityQueue;

import org.clusterscope.engine.DueSource;
import org.clusterscope.engine.Engine;

/**
 * Hops waiting to arrive, kept by arrival instant and merged into the engine's order as its
 * {@link DueSource}. A flood puts thousands of hops on the wire within milliseconds; with an
 * engine timer each, the engine's heap became the bottleneck of a run. Each hop takes its
 * sequence number from the engine when it leaves, so it runs exactly where a timer of its own
 * would have run, and every arrival is still its own engine step (step listeners, invariant
 * checks and a GUI's single step see each delivery).
 *
 * <p>Instants in the coming {@value #SLOTS} microseconds live in a ring of slots indexed by the
 * arrival time modulo the ring size; since every pending instant lies in that window, two of them
 * never share a slot. A slot holds its hops in departure order, which is sequence order, and a
 * bitmap of occupied slots finds the next instant in a few word reads. A hop due later than the
 * window (a link slower than 65 ms) waits in a small heap beside the ring.
 */
final class HopCalendar implements DueSource {

    /** About 65 ms of microseconds: longer than the latency of most links. */
    static final int SLOTS = 1 << 16;
    private static final int MASK = SLOTS - 1;
    private static final int WORDS = SLOTS / 64;

    private final Engine engine;
    private final Courier courier;
    private final long[] instant = new long[SLOTS];
    private final Hop[] first = new Hop[SLOTS];
    private final Hop[] last = new Hop[SLOTS];
    private final long[] occupiedBits = new long[WORDS];
    private final PriorityQueue<Hop> far = new PriorityQueue<>(HopCalendar::compare);
    private int occupied;
    /** The earliest occupied instant of the ring, or {@link Long#MAX_VALUE}. */
    private long head = Long.MAX_VALUE;

    HopCalendar(Engine engine, Courier courier) {
        this.engine = engine;
        this.courier = courier;
        engine.attach(this);
    }

    /** Queues {@code hop} to arrive at {@code hop.arrival}, which is not in the past, after everything queued so far. */
    void add(Hop hop) {
        hop.sequence = engine.claimSequence();
        long at = hop.arrival;
        if (at - engine.now() >= SLOTS) {
            far.add(hop);
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
        occupiedBits[slot >>> 6] |= 1L << slot;
        occupied++;
        if (at < head) {
            head = at;
        }
    }

    @Override
    public long headTime() {
        Hop next = far.peek();
        return next == null || head < next.arrival ? head : next.arrival;
    }

    @Override
    public long headSequence() {
        Hop next = far.peek();
        if (next == null || head < next.arrival) {
            return first[(int) (head & MASK)].sequence;
        }
        if (next.arrival < head) {
            return next.sequence;
        }
        return Math.min(next.sequence, first[(int) (head & MASK)].sequence);
    }

    @Override
    public void runHead() {
        Hop next = far.peek();
        if (next != null && (next.arrival < head
                || (next.arrival == head && next.sequence < first[(int) (head & MASK)].sequence))) {
            courier.arrive(far.poll());
            return;
        }
        int slot = (int) (head & MASK);
        Hop hop = first[slot];
        Hop after = hop.nextDue;
        hop.nextDue = null;
        if (after == null) {
            first[slot] = null;
            last[slot] = null;
            occupiedBits[slot >>> 6] &= ~(1L << slot);
            occupied--;
            head = occupied == 0 ? Long.MAX_VALUE : instant[nextOccupied(slot)];
        } else {
            first[slot] = after;
        }
        courier.arrive(hop);
    }

    /** The first occupied slot after {@code slot}, going round the ring; one exists. */
    private int nextOccupied(int slot) {
        int word = slot >>> 6;
        long bits = occupiedBits[word] & (-2L << (slot & 63));
        for (int i = 0; i <= WORDS; i++) {
            if (bits != 0) {
                return (word << 6) | Long.numberOfTrailingZeros(bits);
            }
            word = (word + 1) & (WORDS - 1);
            bits = occupiedBits[word];
        }
        throw new IllegalStateException("no occupied slot although " + occupied + " are counted");
    }

    private static int compare(Hop x, Hop y) {
        int byTime = Long.compare(x.arrival, y.arrival);
        return byTime != 0 ? byTime : Long.compare(x.sequence, y.sequence);
    }
}
