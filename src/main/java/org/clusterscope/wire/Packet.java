package org.clusterscope.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One bpacket as an ordered list of (field, value) pairs, in wire order (BPACKET.md "Body":
 * fields appear in the sender's insertion order). Encoding a decoded packet gives back the same
 * bytes, so a packet can be read, inspected and passed on unchanged. Immutable.
 *
 * <p>Values are {@code Long} (varint, never negative), {@code String}, {@code byte[]} (raw),
 * {@code Boolean} and {@code List<String>}. A field that occurs twice is kept twice; the getters
 * return the last occurrence, as the Tcl decoder's dictionary does.
 */
public final class Packet {

    /** One field of a packet. */
    public record Entry(Field field, Object value) {

        public Entry {
            Objects.requireNonNull(field, "field");
            if (!field.accepts(value)) {
                throw new IllegalArgumentException("field " + field.wireName() + " cannot hold " + value);
            }
            if (value instanceof List<?> list) {
                value = List.copyOf(list);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && field == entry.field
                    && (value instanceof byte[] bytes ? entry.value instanceof byte[] b && Arrays.equals(bytes, b)
                            : value.equals(entry.value));
        }

        @Override
        public int hashCode() {
            return 31 * field.hashCode() + (value instanceof byte[] bytes ? Arrays.hashCode(bytes) : value.hashCode());
        }

        @Override
        public String toString() {
            return field.wireName() + "=" + Packet.show(value);
        }
    }

    private final List<Entry> entries;

    private Packet(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Packet of(List<Entry> entries) {
        return new Packet(entries);
    }

    /** The fields in wire order. */
    public List<Entry> entries() {
        return entries;
    }

    public boolean has(Field field) {
        for (Entry entry : entries) {
            if (entry.field() == field) {
                return true;
            }
        }
        return false;
    }

    /** The value of the last occurrence of {@code field}, or null when absent. */
    public Object get(Field field) {
        Object found = null;
        for (Entry entry : entries) {
            if (entry.field() == field) {
                found = entry.value();
            }
        }
        return found;
    }

    /** A varint field's value, or -1 when absent. */
    public long number(Field field) {
        Object value = get(field);
        return value == null ? -1 : (Long) value;
    }

    /** A string field's value, or null when absent. */
    public String text(Field field) {
        return (String) get(field);
    }

    /** A list field's value, or null when absent. */
    @SuppressWarnings("unchecked")
    public List<String> list(Field field) {
        return (List<String>) get(field);
    }

    public long type() {
        return number(Field.TYPE);
    }

    public long channel() {
        return number(Field.CHANNEL);
    }

    public String sid() {
        return text(Field.SID);
    }

    public String hid() {
        return text(Field.HID);
    }

    /** The sender's identity as the Tcl package writes it, {@code sid@hid} (BPACKET.md). */
    public String identity() {
        return sid() + "@" + hid();
    }

    /**
     * The TCP port the sender announces in {@code data} as {@code t {port N}} (BPACKET.md
     * "Transports"); empty when this packet does not say.
     */
    public OptionalInt tcpPort() {
        return TclProps.tcpPort(text(Field.DATA));
    }

    /**
     * Whether a member with this sid, hid and tags reads this packet, as the Tcl decoder decides
     * (BPACKET.md: a receiver stops at its own sid, or at a filter that names neither its sid,
     * its hid nor one of its tags).
     */
    public boolean readableBy(String sid, String hid, Collection<String> tags) {
        for (Entry entry : entries) {
            if (entry.field() == Field.SID && entry.value().equals(sid)) {
                return false;
            }
            if (entry.field() == Field.FILTER) {
                List<?> filter = (List<?>) entry.value();
                if (!filter.contains(sid) && !filter.contains(hid) && tags.stream().noneMatch(filter::contains)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Packet packet && entries.equals(packet.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** The fields as the vectors file writes them: {@code sid=R30G2366;type=1;protocols={t c};…}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(entry);
        }
        return out.toString();
    }

    static String show(Object value) {
        if (value instanceof byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
        if (value instanceof List<?> list) {
            return TclList.element(TclList.format(list));
        }
        if (value instanceof Boolean flag) {
            return flag ? "1" : "0";
        }
        return value instanceof String text ? TclList.element(text) : String.valueOf(value);
    }

    /** Collects fields in the order they are added. */
    public static final class Builder {

        private final List<Entry> entries = new ArrayList<>();

        public Builder add(Field field, Object value) {
            if (value instanceof Integer n) {
                value = n.longValue();
            }
            entries.add(new Entry(field, value));
            return this;
        }

        public Packet build() {
            return new Packet(entries);
        }
    }
}
