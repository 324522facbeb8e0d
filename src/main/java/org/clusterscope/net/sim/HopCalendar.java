package org.clusterscope.net.sim;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.function.IntConsumer;

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
    private static final int NONE = HopStore.NONE;

    private final Engine engine;
    private final Courier courier;
    private final HopStore store;
    private final long[] instant = new long[SLOTS];
    private final int[] first = new int[SLOTS];
    private final int[] last = new int[SLOTS];
    private final long[] occupiedBits = new long[WORDS];
    private final PriorityQueue<Integer> far;
    private int occupied;
    /** The earliest occupied instant of the ring, or {@link Long#MAX_VALUE}. */
    private long head = Long.MAX_VALUE;

    HopCalendar(Engine engine, Courier courier, HopStore store) {
        this.engine = engine;
        this.courier = courier;
        this.store = store;
        this.far = new PriorityQueue<>((x, y) -> before(x, y) ? -1 : 1);
        Arrays.fill(last, NONE);
        engine.attach(this);
    }

    /**
     * Queues hop {@code h}, filled by {@link HopStore#set} and so on no list, to arrive at its
     * arrival time, which is not in the past, after everything queued so far.
     */
    void add(int h) {
        store.sequence(h, engine.claimSequence());
        long at = store.arrival(h);
        if (at - engine.now() >= SLOTS) {
            far.add(h);
            return;
        }
        int slot = (int) (at & MASK);
        int tail = last[slot];
        if (tail != NONE) {
            // the slot's instant is this one: pending instants all lie within one ring
            store.next(tail, h);
            last[slot] = h;
            return;
        }
        instant[slot] = at;
        first[slot] = h;
        last[slot] = h;
        occupiedBits[slot >>> 6] |= 1L << slot;
        occupied++;
        if (at < head) {
            head = at;
        }
    }

    @Override
    public long headTime() {
        if (far.isEmpty()) {
            return head;
        }
        return Math.min(head, store.arrival(far.peek()));
    }

    @Override
    public long headSequence() {
        return store.sequence(farFirst() ? far.peek() : first[(int) (head & MASK)]);
    }

    @Override
    public void runHead() {
        if (farFirst()) {
            courier.arrive(far.poll());
            return;
        }
        int slot = (int) (head & MASK);
        int h = first[slot];
        int after = store.next(h);
        if (after == NONE) {
            last[slot] = NONE;
            occupiedBits[slot >>> 6] &= ~(1L << slot);
            occupied--;
            head = occupied == 0 ? Long.MAX_VALUE : instant[nextOccupied(slot)];
        } else {
            first[slot] = after;
        }
        courier.arrive(h);
    }

    /** Every pending hop, in no particular order (cancelled ones included). */
    void forEachPending(IntConsumer action) {
        for (int word = 0; word < WORDS; word++) {
            long bits = occupiedBits[word];
            while (bits != 0) {
                int slot = (word << 6) | Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                for (int h = first[slot]; h != NONE; h = store.next(h)) {
                    action.accept(h);
                }
            }
        }
        for (int h : far) {
            action.accept(h);
        }
    }

    /** Whether the far heap holds the earliest pending hop. */
    private boolean farFirst() {
        if (far.isEmpty()) {
            return false;
        }
        int f = far.peek();
        return head == Long.MAX_VALUE || before(f, first[(int) (head & MASK)]);
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

    private boolean before(int x, int y) {
        long ax = store.arrival(x);
        long ay = store.arrival(y);
        return ax < ay || (ax == ay && store.sequence(x) < store.sequence(y));
    }
}
