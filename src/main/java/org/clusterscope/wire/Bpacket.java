package org.clusterscope.wire;

import org.clusterscope.net.MalformedPacketException;

/**
 * The bpacket framing and body of BPACKET.md, for {@link Packet}s: {@code C0 8D | varint L |
 * body | 00 00}, the body a run of {@code varint(field id)} and value per the cluster template.
 * Decoding reads the declared length against the bytes actually there before anything else, so a
 * hostile length (2^40, say) is refused without allocating.
 */
public final class Bpacket {

    static final byte HEADER_0 = (byte) 0xC0;
    static final byte HEADER_1 = (byte) 0x8D;

    /** Header, shortest length varint and trailer. */
    public static final int MIN_PACKET_BYTES = 5;

    private Bpacket() {
    }

    public static byte[] encode(Packet packet) {
        BodyWriter out = new BodyWriter();
        for (Packet.Entry entry : packet.entries()) {
            out.field(entry.field(), entry.value());
        }
        return out.frame();
    }

    public static Packet decode(byte[] packet) throws MalformedPacketException {
        return decode(packet, 0, packet.length);
    }

    /** Decodes exactly one framed packet occupying {@code packet[off, off+len)}. */
    public static Packet decode(byte[] packet, int off, int len) throws MalformedPacketException {
        BodyReader body = body(packet, off, len);
        Packet.Builder fields = Packet.builder();
        while (body.hasMore()) {
            Field field = body.field();
            fields.add(field, body.value(field));
        }
        return fields.build();
    }

    /**
     * Checks the framing of the packet in {@code packet[off, off+len)} and returns a reader over
     * its body: header, a length that matches the bytes there exactly, the trailer.
     */
    static BodyReader body(byte[] packet, int off, int len) throws MalformedPacketException {
        if (packet == null) {
            throw new MalformedPacketException("no packet");
        }
        if (len < MIN_PACKET_BYTES) {
            throw new MalformedPacketException("packet of " + len + " bytes is shorter than a header and trailer");
        }
        if (packet[off] != HEADER_0 || packet[off + 1] != HEADER_1) {
            throw new MalformedPacketException(String.format("header %02x %02x is not c0 8d",
                    packet[off] & 0xFF, packet[off + 1] & 0xFF));
        }
        BodyReader lengthReader = new BodyReader(packet, off + 2, len - 2);
        long declared = lengthReader.varint();
        int bodyStart = lengthReader.position();
        long available = (long) off + len - 2 - bodyStart;
        if (declared != available) {
            throw new MalformedPacketException(declared > available
                    ? "declared length " + declared + " but the packet holds " + Math.max(available, 0) + " body bytes"
                    : "declared length " + declared + " but " + (available - declared) + " bytes follow the body");
        }
        int trailer = off + len - 2;
        if (packet[trailer] != 0 || packet[trailer + 1] != 0) {
            throw new MalformedPacketException(String.format("trailer %02x %02x is not 00 00",
                    packet[trailer] & 0xFF, packet[trailer + 1] & 0xFF));
        }
        return new BodyReader(packet, bodyStart, (int) declared);
    }
}
