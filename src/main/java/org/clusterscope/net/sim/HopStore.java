package org.clusterscope.net.sim;

import java.util.Arrays;

/**
 * Every hop in flight (one copy of a packet crossing one link), each a record of five longs in
 * pages of primitive arrays, named by a hop number.
 *
 * <p>This is the densest traffic of a simulation: a thousand nodes beaconing once a second put
 * three million hops a second on the wire, and their first second after a common start
 * millions at once. As objects, each hop would be threaded on its link and in the calendar by
 * references, and every one of those reference writes pays the garbage collector's write
 * barrier and gives it an object to trace. As numbers in primitive arrays, moving a hop writes
 * only plain values, and the store is invisible to the collector however large it grew. A hop's
 * fields sit together in 40 bytes, so reading one touches one or two cache lines; pages let the
 * store grow without copying. Packets and links are named by number too
 * ({@link PacketTable}, {@link SimNetwork#link(int)}).
 *
 * <p>Numbers are handed out in rising order round a ring, skipping those still in flight, and
 * not from a list of freed ones: most links share a latency, so hops arrive in about the order
 * they left, and the records then written and read form a moving window of neighbouring memory
 * that the processor prefetches. A free list would, after the first second's storm had grown the
 * store to millions of records, hand out numbers scattered over all of it, and every hop would
 * wait for memory twice. The ring is sized at two to four times the hops in flight whenever its
 * cursor comes round, so that it shrinks again after a storm.
 *
 * <p>Layout of a record: arrival (µs); sequence; packet slot | link number; receiver epoch |
 * hops taken with the lost and cancelled flags in its top bits; next hop due at the same
 * instant | receiver.
 */
final class HopStore {

    /** No hop: the end of a list. */
    static final int NONE = -1;

    /**
     * 65,536 records, 2.6 MB a page: more than half a heap region of the default collector, so
     * each page is allocated in place among the old objects and never copied. Smaller pages were
     * copied from region to region while the first second's storm filled a hundred and more.
     * The first page starts small and doubles up to that size, so that the many small runs of a
     * fuzz session each allocate a few kilobytes, not megabytes.
     */
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int WORDS = 5;
    private static final int LOST = 1 << 30;
    private static final int CANCELLED = 1 << 31;
    private static final int HOPS = LOST - 1;
    private static final long LOW = 0xffff_ffffL;

    /** The smallest ring, and the first page's first size. */
    private static final int MIN_RING = 1 << 10;

    private long[][] pages = new long[4][];
    /** One bit per hop number: taken and not yet released. */
    private long[] taken = new long[MIN_RING / 64];
    /** Numbers below this have pages. */
    private int capacity;
    /** Numbers are handed out below this, a power of two. */
    private int ring = MIN_RING;
    private int cursor;
    private int inFlight;

    /** A free hop number, its record to be filled by {@link #set}. */
    int take() {
        for (int looked = 0; looked < ring; looked++) {
            int h = cursor;
            cursor = h + 1;
            if (cursor == ring) {
                cursor = 0;
                resize();
            }
            if (h >= capacity) {
                addPage();
            }
            long bit = 1L << h;
            int word = h >>> 6;
            if ((taken[word] & bit) == 0) {
                taken[word] |= bit;
                inFlight++;
                return h;
            }
        }
        // every number of the ring is in flight: continue in a ring twice the size
        cursor = ring;
        ring *= 2;
        return take();
    }

    /** How many hop numbers have a record in memory now. */
    int capacity() {
        return capacity;
    }

    /** Gives a hop's number back. */
    void release(int h) {
        taken[h >>> 6] &= ~(1L << h);
        inFlight--;
    }

    /**
     * As the cursor comes round: a ring of two to four times the hops in flight, never below
     * {@value #MIN_RING}; the empty pages above it are given back, so a storm does not hold its memory for the
     * rest of the run.
     */
    private void resize() {
        ring = Math.max(MIN_RING, Integer.highestOneBit(Math.max(1, inFlight)) << 2);
        while (capacity - PAGE >= ring && pageIsEmpty(capacity - PAGE)) {
            capacity -= PAGE;
            pages[capacity >>> PAGE_BITS] = null;
        }
    }

    private boolean pageIsEmpty(int start) {
        for (int word = start >>> 6, end = (start + PAGE) >>> 6; word < end; word++) {
            if (taken[word] != 0) {
                return false;
            }
        }
        return true;
    }

    private void addPage() {
        if (capacity < PAGE) {
            // the first page doubles until it is whole
            int grown = capacity == 0 ? MIN_RING : capacity * 2;
            pages[0] = capacity == 0 ? new long[grown * WORDS] : Arrays.copyOf(pages[0], grown * WORDS);
            capacity = grown;
        } else {
            int page = capacity >>> PAGE_BITS;
            if (page == pages.length) {
                pages = Arrays.copyOf(pages, page * 2);
            }
            pages[page] = new long[PAGE * WORDS];
            capacity += PAGE;
        }
        if (taken.length * 64 < capacity) {
            taken = Arrays.copyOf(taken, capacity / 64);
        }
    }

    long arrival(int h) {
        return page(h)[offset(h)];
    }

    void arrival(int h, long at) {
        page(h)[offset(h)] = at;
    }

    long sequence(int h) {
        return page(h)[offset(h) + 1];
    }

    void sequence(int h, long sequence) {
        page(h)[offset(h) + 1] = sequence;
    }

    /**
     * Fills a hop just taken: the packet slot, the link number, the receiver, its epoch and the
     * hops taken. The hop is not cancelled and on no list yet.
     */
    void set(int h, int packet, int link, int to, int receiverEpoch, int hops, boolean lost) {
        long[] p = page(h);
        int o = offset(h);
        p[o + 2] = pack(packet, link);
        p[o + 3] = pack(receiverEpoch, hops | (lost ? LOST : 0));
        p[o + 4] = pack(NONE, to);
    }

    int packet(int h) {
        return hi(page(h)[offset(h) + 2]);
    }

    int link(int h) {
        return lo(page(h)[offset(h) + 2]);
    }

    int receiverEpoch(int h) {
        return hi(page(h)[offset(h) + 3]);
    }

    int hops(int h) {
        return lo(page(h)[offset(h) + 3]) & HOPS;
    }

    boolean lost(int h) {
        return (lo(page(h)[offset(h) + 3]) & LOST) != 0;
    }

    boolean cancelled(int h) {
        return (lo(page(h)[offset(h) + 3]) & CANCELLED) != 0;
    }

    void cancel(int h) {
        page(h)[offset(h) + 3] |= CANCELLED & LOW;
    }

    int to(int h) {
        return lo(page(h)[offset(h) + 4]);
    }

    int next(int h) {
        return hi(page(h)[offset(h) + 4]);
    }

    void next(int h, int next) {
        long[] p = page(h);
        int o = offset(h) + 4;
        p[o] = pack(next, lo(p[o]));
    }

    private long[] page(int h) {
        return pages[h >>> PAGE_BITS];
    }

    private static int offset(int h) {
        return (h & (PAGE - 1)) * WORDS;
    }

    private static long pack(int hi, int lo) {
        return ((long) hi << 32) | (lo & LOW);
    }

    private static int hi(long word) {
        return (int) (word >>> 32);
    }

    private static int lo(long word) {
        return (int) word;
    }
}
