package org.clusterscope.net.sim;

/**
 * One copy of a packet crossing one link: queued in the {@link HopCalendar} for its arrival time
 * and threaded on its link's in-flight list. Hops are pooled by the {@link Courier}, so moving a
 * packet allocates nothing. A hop dropped in flight is marked cancelled and recycled when its
 * instant comes.
 */
final class Hop {

    Packet packet;
    LinkState link;
    int from;
    int to;
    /** Hops taken on arrival, this one included. */
    int hops;
    /** The receiver's incarnation when the hop left: a stop in between drops it (RECEIVER_DOWN). */
    int receiverEpoch;
    boolean lost;
    long arrival;
    /** Its place among the engine's timers at the same instant ({@link org.clusterscope.engine.Engine#claimSequence}). */
    long sequence;
    /** Dropped while in flight: its arrival does nothing. */
    boolean cancelled;
    /** Next hop due at the same instant, in the {@link HopCalendar}. */
    Hop nextDue;
    Hop prevOnLink;
    Hop nextOnLink;
    /** Next free hop in the pool. */
    Hop nextFree;

    void clear() {
        packet = null;
        link = null;
        cancelled = false;
        prevOnLink = null;
        nextOnLink = null;
    }
}
