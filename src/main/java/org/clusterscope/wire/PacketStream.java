package org.clusterscope.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream (one TCP connection) into bpackets, as BPACKET.md "Packet framing" asks of
 * a reader: bytes before the first {@code C0 8D} are dropped, {@code L} is read, the reader
 * waits until {@code L + 2} more bytes are there, checks the trailer, and on a bad trailer
 * resynchronises at the next {@code C0 8D}. Packets may arrive split over several reads or
 * several to a read.
 *
 * <p>{@link #feed} returns whole framed packets (header to trailer, framing checked, body not
 * yet decoded), each a fresh array to hand to {@link BpacketCodec#decode(byte[])}. The buffer
 * starts small, grows as a long packet needs, and never holds more than {@code maxPacketBytes}:
 * a packet declaring more is dropped at once, counted as oversized, and the reader
 * resynchronises after its header. Not thread-safe: one stream per connection, fed by the
 * thread that reads it.
 */
public final class PacketStream {

    /** Large enough for any UDP datagram and for queries with sizeable answers. */
    public static final int DEFAULT_MAX_PACKET_BYTES = 256 * 1024;

    private static final int INITIAL_BYTES = 4096;

    private final int maxPacketBytes;
    private final WireCounters counters;
    private byte[] buf;
    private int start;
    private int end;

    public PacketStream() {
        this(DEFAULT_MAX_PACKET_BYTES, new WireCounters());
    }

    public PacketStream(WireCounters counters) {
        this(DEFAULT_MAX_PACKET_BYTES, counters);
    }

    /** @param maxPacketBytes the longest packet accepted, framing included; the most the buffer grows to */
    public PacketStream(int maxPacketBytes, WireCounters counters) {
        if (maxPacketBytes < Bpacket.MIN_PACKET_BYTES) {
            throw new IllegalArgumentException("maxPacketBytes must be at least " + Bpacket.MIN_PACKET_BYTES);
        }
        this.maxPacketBytes = maxPacketBytes;
        this.buf = new byte[Math.min(INITIAL_BYTES, maxPacketBytes)];
        this.counters = java.util.Objects.requireNonNull(counters, "counters");
    }

    public WireCounters counters() {
        return counters;
    }

    /** Bytes held waiting for the rest of a packet. */
    public int buffered() {
        return end - start;
    }

    /** Forgets any partial packet (the connection was closed). */
    public void clear() {
        start = 0;
        end = 0;
    }

    /** Takes {@code len} bytes read from the connection and returns the packets they complete, in order. */
    public List<byte[]> feed(byte[] data, int off, int len) {
        if (off < 0 || len < 0 || off > data.length - len) {
            throw new IndexOutOfBoundsException("range [" + off + ", " + off + "+" + len + ") of " + data.length);
        }
        List<byte[]> packets = null;
        while (len > 0) {
            if (end == buf.length && buf.length < maxPacketBytes) {
                buf = Arrays.copyOf(buf, (int) Math.min(maxPacketBytes, 2L * buf.length));
            }
            int n = Math.min(buf.length - end, len);
            System.arraycopy(data, off, buf, end, n);
            end += n;
            off += n;
            len -= n;
            packets = extract(packets);
            compact();
            if (end == maxPacketBytes) {
                // cannot happen (a full buffer always holds a whole packet or garbage), but a
                // reader must never stall: give up one byte
                counters.garbage(1);
                start++;
                compact();
            }
        }
        return packets == null ? List.of() : packets;
    }

    public List<byte[]> feed(byte[] data) {
        return feed(data, 0, data.length);
    }

    private List<byte[]> extract(List<byte[]> packets) {
        while (true) {
            int header = findHeader(start);
            if (header < 0) {
                // keep a last C0: it may be the first half of a header
                int keep = end > start && buf[end - 1] == Bpacket.HEADER_0 ? 1 : 0;
                dropGarbage(end - keep);
                return packets;
            }
            dropGarbage(header);
            // the length varint after the header
            long declared = 0;
            int p = start + 2;
            boolean complete = false;
            for (int shift = 0; p < end; shift += 7) {
                int b = buf[p++] & 0xFF;
                declared |= (long) (b & 0x7F) << shift;
                if (b < 0x80) {
                    complete = true;
                    break;
                }
                if (shift >= 28) {
                    declared = Long.MAX_VALUE; // five bytes and more to come: far beyond any bound
                    break;
                }
            }
            long packetBytes = declared == Long.MAX_VALUE ? Long.MAX_VALUE : (p - start) + declared + 2;
            if (packetBytes > maxPacketBytes) {
                // refused before the body is even there: a hostile length never fills the buffer
                counters.oversizedOne();
                start += 2;
                continue;
            }
            if (!complete || end - start < packetBytes) {
                return packets; // wait for more bytes
            }
            int trailer = start + (int) packetBytes - 2;
            if (buf[trailer] != 0 || buf[trailer + 1] != 0) {
                counters.badTrailer();
                start += 2; // resynchronise at the next C0 8D after this header
                continue;
            }
            if (packets == null) {
                packets = new ArrayList<>(2);
            }
            packets.add(Arrays.copyOfRange(buf, start, start + (int) packetBytes));
            start += (int) packetBytes;
        }
    }

    private int findHeader(int from) {
        for (int i = from; i < end - 1; i++) {
            if (buf[i] == Bpacket.HEADER_0 && buf[i + 1] == Bpacket.HEADER_1) {
                return i;
            }
        }
        return -1;
    }

    private void dropGarbage(int upTo) {
        if (upTo > start) {
            counters.garbage(upTo - start);
            start = upTo;
        }
    }

    private void compact() {
        if (start == end) {
            start = 0;
            end = 0;
        } else if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
    }
}
