package org.clusterscope.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a bpacket body field by field, then frames it (BPACKET.md "Packet framing"). Room for
 * the header and the longest length varint is kept in front of the body, so framing costs one
 * copy into an array of the exact size.
 */
final class BodyWriter {

    /** Header (2 bytes) and a length varint of up to 5 bytes. */
    private static final int FRONT = 7;

    private byte[] buf;
    private int pos = FRONT;

    BodyWriter() {
        this(128);
    }

    BodyWriter(int capacity) {
        buf = new byte[Math.max(capacity, 16)];
    }

    void reset() {
        pos = FRONT;
    }

    int bodyLength() {
        return pos - FRONT;
    }

    // ---- fields ------------------------------------------------------------------------------

    void varintField(Field field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("field " + field.wireName() + " cannot be negative: " + value);
        }
        tag(field);
        varint(value);
    }

    void stringField(Field field, String value) {
        tag(field);
        string(value);
    }

    void rawField(Field field, byte[] value, int off, int len) {
        tag(field);
        varint(len);
        bytes(value, off, len);
    }

    void booleanField(Field field, boolean value) {
        tag(field);
        byte1(value ? 1 : 0);
    }

    void listField(Field field, List<String> value) {
        tag(field);
        varint(value.size());
        for (int i = 0; i < value.size(); i++) {
            string(value.get(i));
        }
    }

    /** A list of one element, without making the list. */
    void listField(Field field, String only) {
        tag(field);
        byte1(1);
        string(only);
    }

    void field(Field field, Object value) {
        switch (field.kind()) {
            case VARINT -> varintField(field, (Long) value);
            case STRING -> stringField(field, (String) value);
            case RAW -> rawField(field, (byte[]) value, 0, ((byte[]) value).length);
            case BOOLEAN -> booleanField(field, (Boolean) value);
            case LIST -> {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) value;
                listField(field, list);
            }
        }
    }

    /**
     * Starts a raw field whose bytes are written next with the value methods; returns the mark
     * to give {@link #endRaw}. One byte is kept for the length, more are made room for if needed.
     */
    int beginRaw(Field field) {
        tag(field);
        byte1(0);
        return pos;
    }

    void endRaw(int mark) {
        int length = pos - mark;
        int lengthBytes = varintSize(length);
        if (lengthBytes > 1) {
            ensure(lengthBytes - 1);
            System.arraycopy(buf, mark, buf, mark + lengthBytes - 1, length);
            pos += lengthBytes - 1;
        }
        int p = mark - 1;
        long value = length;
        while ((value & ~0x7FL) != 0) {
            buf[p++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buf[p] = (byte) value;
    }

    private void tag(Field field) {
        byte1(field.id()); // every template id is below 128: one byte
    }

    // ---- values ------------------------------------------------------------------------------

    /** Unsigned LEB128 of all 64 bits (a negative long takes ten bytes). */
    void varint(long value) {
        ensure(10);
        byte[] b = buf;
        int p = pos;
        while ((value & ~0x7FL) != 0) {
            b[p++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        b[p++] = (byte) value;
        pos = p;
    }

    /**
     * Microseconds (ClusterScope's times), mostly whole milliseconds in a simulation: a whole
     * non-negative number of milliseconds is {@code ms << 1 | 1}, another value in [1, 2^62)
     * {@code micros << 1}, anything else 0 followed by the value's 64 bits.
     */
    void micros(long micros) {
        if (micros >= 0 && micros % 1000 == 0) {
            varint((micros / 1000) << 1 | 1);
        } else if (micros > 0 && micros < (1L << 62)) {
            varint(micros << 1);
        } else {
            varint(0);
            varint(micros);
        }
    }

    void byte1(int value) {
        ensure(1);
        buf[pos++] = (byte) value;
    }

    void bytes(byte[] value, int off, int len) {
        ensure(len);
        System.arraycopy(value, off, buf, pos, len);
        pos += len;
    }

    /** Length, then UTF-8; ASCII is copied char by char without an intermediate array. */
    void string(String value) {
        int n = value.length();
        boolean ascii = n < 128;
        if (ascii) {
            for (int i = 0; i < n; i++) {
                if (value.charAt(i) >= 0x80) {
                    ascii = false;
                    break;
                }
            }
        }
        if (!ascii) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes(utf8, 0, utf8.length);
            return;
        }
        ensure(1 + n);
        byte[] b = buf;
        int p = pos;
        b[p++] = (byte) n;
        for (int i = 0; i < n; i++) {
            b[p++] = (byte) value.charAt(i);
        }
        pos = p;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more + 16));
        }
    }

    // ---- framing -----------------------------------------------------------------------------

    /** The framed packet: {@code C0 8D | varint L | body | 00 00}. */
    byte[] frame() {
        int length = bodyLength();
        int lengthBytes = varintSize(length);
        byte[] packet = new byte[2 + lengthBytes + length + 2];
        packet[0] = Bpacket.HEADER_0;
        packet[1] = Bpacket.HEADER_1;
        int p = 2;
        long value = length;
        while ((value & ~0x7FL) != 0) {
            packet[p++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        packet[p++] = (byte) value;
        System.arraycopy(buf, FRONT, packet, p, length);
        // the trailer 00 00 is already there: a new array is zeroed
        return packet;
    }

    /** The body alone, without framing. */
    byte[] body() {
        return Arrays.copyOfRange(buf, FRONT, pos);
    }

    static int varintSize(long value) {
        int size = 1;
        while ((value & ~0x7FL) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }
}
