package org.clusterscope.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.clusterscope.net.MalformedPacketException;

/**
 * Reads the values of a bpacket body (BPACKET.md "Body") from a byte range, checking every
 * length against the bytes that are really left before using it, so that a hostile length never
 * allocates. Anything wrong is a {@link MalformedPacketException} naming the offset.
 *
 * <p>Values are read strictly, so that a packet that decodes re-encodes to the same bytes: a
 * varint must be in its shortest form, a boolean is 00 or 01, strings are valid UTF-8.
 */
final class BodyReader {

    private final byte[] buf;
    private final int start;
    private int pos;
    private final int end;

    BodyReader(byte[] buf, int off, int len) {
        this.buf = buf;
        this.start = off;
        this.pos = off;
        this.end = off + len;
    }

    byte[] buffer() {
        return buf;
    }

    int remaining() {
        return end - pos;
    }

    boolean hasMore() {
        return pos < end;
    }

    int position() {
        return pos;
    }

    /** The next field id, checked against the template. */
    Field field() throws MalformedPacketException {
        int at = pos;
        long id = varint();
        Field field = Field.byId(id);
        if (field == null) {
            throw malformed(at, "unknown field id " + id);
        }
        return field;
    }

    /** A varint of at most 63 bits (the template's numbers; BPACKET.md never sends negatives). */
    long varint() throws MalformedPacketException {
        int at = pos;
        long value = varint64();
        if (value < 0) {
            throw malformed(at, "varint larger than 2^63-1");
        }
        return value;
    }

    /** An unsigned LEB128 of up to 64 bits, in its shortest form. */
    long varint64() throws MalformedPacketException {
        int at = pos;
        long value = 0;
        for (int shift = 0;; shift += 7) {
            if (pos >= end) {
                throw malformed(at, "truncated varint");
            }
            int b = buf[pos++] & 0xFF;
            if (shift == 63 && b > 1) {
                throw malformed(at, "varint longer than 64 bits");
            }
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                if (b == 0 && shift > 0) {
                    throw malformed(at, "varint not in its shortest form");
                }
                return value;
            }
        }
    }

    /** Microseconds as {@link BodyWriter#micros} writes them. */
    long micros() throws MalformedPacketException {
        int at = pos;
        long code = varint64();
        if ((code & 1) == 1) {
            long ms = code >>> 1;
            if (ms > Long.MAX_VALUE / 1000) {
                throw malformed(at, "time of " + ms + " ms overflows");
            }
            return ms * 1000;
        }
        return code == 0 ? varint64() : code >>> 1;
    }

    /** A length that the remaining bytes can hold. */
    int length() throws MalformedPacketException {
        int at = pos;
        long n = varint();
        if (n > end - pos) {
            throw malformed(at, "declared length " + n + " but only " + (end - pos) + " bytes left");
        }
        return (int) n;
    }

    boolean bool() throws MalformedPacketException {
        if (pos >= end) {
            throw malformed(pos, "truncated boolean");
        }
        int b = buf[pos];
        if (b != 0 && b != 1) {
            throw malformed(pos, "boolean byte " + (b & 0xFF) + " is neither 00 nor 01");
        }
        pos++;
        return b == 1;
    }

    int byte1() throws MalformedPacketException {
        if (pos >= end) {
            throw malformed(pos, "truncated");
        }
        return buf[pos++] & 0xFF;
    }

    String string() throws MalformedPacketException {
        int n = length();
        int from = pos;
        pos += n;
        return utf8(buf, from, n);
    }

    byte[] raw() throws MalformedPacketException {
        int n = length();
        byte[] value = new byte[n];
        System.arraycopy(buf, pos, value, 0, n);
        pos += n;
        return value;
    }

    /** Skips a raw value and returns its length; {@link #position()} minus the length is where it starts. */
    int skipRaw() throws MalformedPacketException {
        int n = length();
        pos += n;
        return n;
    }

    /** Skips a string, checking its length only; returns its byte length (it ends at {@link #position()}). */
    int skipString() throws MalformedPacketException {
        int n = length();
        pos += n;
        return n;
    }

    /** Skips a list, checking its lengths only; returns where it started (its count). */
    int skipList() throws MalformedPacketException {
        int from = pos;
        long count = varint();
        if (count > end - pos) {
            throw malformed(from, "list of " + count + " elements in " + (end - pos) + " bytes");
        }
        for (long i = 0; i < count; i++) {
            skipString();
        }
        return from;
    }

    /** Checks a string's bytes are UTF-8 without making the string. */
    static void checkUtf8(byte[] buf, int from, int n) throws MalformedPacketException {
        for (int i = from; i < from + n; i++) {
            if (buf[i] < 0) {
                strictUtf8(buf, from, n);
                return;
            }
        }
    }

    List<String> list() throws MalformedPacketException {
        int at = pos;
        long count = varint();
        // every element takes at least its one-byte length: a count beyond the bytes left is a lie
        if (count > end - pos) {
            throw malformed(at, "list of " + count + " elements in " + (end - pos) + " bytes");
        }
        if (count == 1) {
            return List.of(string());
        }
        List<String> elements = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            elements.add(string());
        }
        return List.copyOf(elements);
    }

    /** Reads past a value, checking it as {@link #value} would, without making it. */
    void skipValue(Field field) throws MalformedPacketException {
        switch (field.kind()) {
            case VARINT -> varint();
            case STRING -> {
                int n = skipString();
                checkUtf8(buf, pos - n, n);
            }
            case RAW -> skipRaw();
            case BOOLEAN -> bool();
            case LIST -> {
                int at = pos;
                long count = varint();
                if (count > end - pos) {
                    throw malformed(at, "list of " + count + " elements in " + (end - pos) + " bytes");
                }
                for (long i = 0; i < count; i++) {
                    int n = skipString();
                    checkUtf8(buf, pos - n, n);
                }
            }
        }
    }

    Object value(Field field) throws MalformedPacketException {
        return switch (field.kind()) {
            case VARINT -> varint();
            case STRING -> string();
            case RAW -> raw();
            case BOOLEAN -> bool();
            case LIST -> list();
        };
    }

    MalformedPacketException malformed(int at, String what) {
        return new MalformedPacketException(what + " at body offset " + (at - start));
    }

    static String utf8(byte[] buf, int from, int n) throws MalformedPacketException {
        for (int i = from; i < from + n; i++) {
            if (buf[i] < 0) {
                return strictUtf8(buf, from, n);
            }
        }
        return new String(buf, from, n, StandardCharsets.ISO_8859_1); // pure ASCII: the fast path
    }

    private static String strictUtf8(byte[] buf, int from, int n) throws MalformedPacketException {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, from, n));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPacketException("string is not valid UTF-8");
        }
    }
}
