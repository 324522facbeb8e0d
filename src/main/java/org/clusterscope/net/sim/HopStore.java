package org.clusterscope.net.sim;

import java.util.Arrays;

/**
 * Every hop in flight (one copy of a packet crossing one link), each a record of five longs in
 * pages of primitive arrays, named by a hop number, with the free numbers on a list of their
 * own.
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
 * <p>Layout of a record: arrival (µs); sequence; packet slot | link number; receiver epoch |
 * hops taken with the lost and cancelled flags in its top bits; next hop due at the same
 * instant (or next free number) | receiver.
 */
final class HopStore {

    /** No hop: the end of a list. */
    static final int NONE = -1;

    private static final int PAGE_BITS = 13;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int WORDS = 5;
    private static final int LOST = 1 << 30;
    private static final int CANCELLED = 1 << 31;
    private static final int HOPS = LOST - 1;
    private static final long LOW = 0xffff_ffffL;

    private long[][] pages = new long[4][];
    private int used;
    private int free = NONE;

    /** A free hop number, its record to be filled by {@link #set}. */
    int take() {
        int h = free;
        if (h != NONE) {
            free = next(h);
        } else {
            if ((used & (PAGE - 1)) == 0) {
                int page = used >>> PAGE_BITS;
                if (page == pages.length) {
                    pages = Arrays.copyOf(pages, page * 2);
                }
                pages[page] = new long[PAGE * WORDS];
            }
            h = used++;
        }
        return h;
    }

    /** Gives a hop's number back; the most recently freed is taken first, while its record is still in cache. */
    void release(int h) {
        next(h, free);
        free = h;
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
