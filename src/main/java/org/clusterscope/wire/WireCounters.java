package org.clusterscope.wire;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the wire layer dropped, for the transport to read and report (malformed packets are
 * dropped and counted, never allowed to crash a node). One instance may be shared by a codec and
 * the streams of all its connections; it is safe to update from several threads.
 */
public final class WireCounters {

    private final LongAdder decoded = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder foreign = new LongAdder();
    private final LongAdder garbageBytes = new LongAdder();
    private final LongAdder badTrailers = new LongAdder();
    private final LongAdder oversized = new LongAdder();

    /** Packets decoded into a message. */
    public long decoded() {
        return decoded.sum();
    }

    /** Packets the decoder refused: unknown field, bad varint, truncated, bad UTF-8, wrong framing… */
    public long malformed() {
        return malformed.sum();
    }

    /** Well-formed packets with no ClusterScope meaning (a Tcl flush or failure report, an unknown type). */
    public long foreign() {
        return foreign.sum();
    }

    /** Bytes a stream skipped because they were not inside a packet. */
    public long garbageBytes() {
        return garbageBytes.sum();
    }

    /** Packets a stream dropped because the two bytes after the body were not {@code 00 00}. */
    public long badTrailers() {
        return badTrailers.sum();
    }

    /** Packets a stream dropped because their declared length exceeds its bound. */
    public long oversized() {
        return oversized.sum();
    }

    /** Everything dropped: malformed packets, bad trailers, oversized packets (garbage bytes are not packets). */
    public long dropped() {
        return malformed() + badTrailers() + oversized();
    }

    void decodedOne() {
        decoded.increment();
    }

    void malformedOne() {
        malformed.increment();
    }

    void foreignOne() {
        foreign.increment();
    }

    void garbage(long bytes) {
        garbageBytes.add(bytes);
    }

    void badTrailer() {
        badTrailers.increment();
    }

    void oversizedOne() {
        oversized.increment();
    }

    @Override
    public String toString() {
        return "decoded=" + decoded() + " malformed=" + malformed() + " foreign=" + foreign()
                + " garbageBytes=" + garbageBytes() + " badTrailers=" + badTrailers() + " oversized=" + oversized();
    }
}
