package org.clusterscope.wire;

import org.clusterscope.net.MalformedPacketException;

/**
 * The values of a ClusterScope record in a packet's {@code raw} field (WIRE.md "The record"), for
 * messages written outside this package: varints, times and strings with the same encodings and
 * the same strict reading as the codec's own records, so a record is read back exactly or
 * refused with a {@link MalformedPacketException}.
 */
public final class RawRecord {

    private RawRecord() {
    }

    /** Writes the values of one record, in order. */
    public static final class Writer {

        private final BodyWriter out = new BodyWriter();

        /** Unsigned LEB128 of all 64 bits. */
        public Writer varint(long value) {
            out.varint(value);
            return this;
        }

        /** Microseconds, as the codec writes an incarnation. */
        public Writer micros(long micros) {
            out.micros(micros);
            return this;
        }

        /** Length, then UTF-8. */
        public Writer string(String value) {
            out.string(value);
            return this;
        }

        /** The record's bytes, for the {@code raw} field. */
        public byte[] bytes() {
            return out.body();
        }
    }

    /** Reads the values of one record, in the order they were written. */
    public static final class Reader {

        private final BodyReader in;

        public Reader(byte[] raw) {
            this.in = new BodyReader(raw, 0, raw.length);
        }

        /** An unsigned LEB128 of up to 64 bits, in its shortest form. */
        public long varint() throws MalformedPacketException {
            return in.varint64();
        }

        /** A varint that must lie in [0, {@code max}]. */
        public long varint(long max, String what) throws MalformedPacketException {
            long value = in.varint64();
            if (value < 0 || value > max) {
                throw new MalformedPacketException("record: " + what + " out of range");
            }
            return value;
        }

        public long micros() throws MalformedPacketException {
            return in.micros();
        }

        /** A UTF-8 string running no further than the record. */
        public String string() throws MalformedPacketException {
            return in.string();
        }

        /** Bytes not read yet: a count of values larger than this cannot be true. */
        public int remaining() {
            return in.remaining();
        }
    }
}
