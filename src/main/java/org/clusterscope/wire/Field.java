package org.clusterscope.wire;

/**
 * The cluster template of the Tcl {@code cluster} package (BPACKET.md "The cluster template"):
 * fifteen fields, each with a fixed id and value type. The tag on the wire carries no type, so
 * an id outside this table cannot be skipped and makes the packet malformed.
 */
public enum Field {
    TYPE(1, Kind.VARINT),
    CHANNEL(2, Kind.VARINT),
    HID(3, Kind.STRING),
    SID(4, Kind.STRING),
    KNOWN(5, Kind.VARINT),
    TIMESTAMP(6, Kind.VARINT),
    PROTOCOLS(7, Kind.LIST),
    RUID(8, Kind.STRING),
    OP(9, Kind.STRING),
    DATA(10, Kind.STRING),
    RAW(11, Kind.RAW),
    TAGS(12, Kind.LIST),
    KEEPALIVE(13, Kind.BOOLEAN),
    FILTER(14, Kind.LIST),
    ERROR(15, Kind.STRING);

    /** How a field's value is written (BPACKET.md "Body"). */
    public enum Kind {
        /** Unsigned LEB128; Java value {@code Long}, never negative. */
        VARINT,
        /** Length, then UTF-8; Java value {@code String}. */
        STRING,
        /** Length, then bytes; Java value {@code byte[]}. */
        RAW,
        /** One byte, 00 or 01; Java value {@code Boolean}. */
        BOOLEAN,
        /** Count, then each element as a string; Java value {@code List<String>}. */
        LIST
    }

    private static final Field[] BY_ID = new Field[16];

    static {
        for (Field field : values()) {
            BY_ID[field.id] = field;
        }
    }

    private final int id;
    private final Kind kind;

    Field(int id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The template's name of the field, as the Tcl package spells it: {@code type}, {@code sid}, … */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The field with this id, or null when the template has none. */
    public static Field byId(long id) {
        return id >= 1 && id < BY_ID.length ? BY_ID[(int) id] : null;
    }

    /** The field with this template name ({@code "sid"}), or null. */
    public static Field byName(String name) {
        for (Field field : values()) {
            if (field.wireName().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** Whether {@code value} is a Java value of this field's kind (negative varints excluded). */
    boolean accepts(Object value) {
        return switch (kind) {
            case VARINT -> value instanceof Long n && n >= 0;
            case STRING -> value instanceof String;
            case RAW -> value instanceof byte[];
            case BOOLEAN -> value instanceof Boolean;
            case LIST -> value instanceof java.util.List<?> list && list.stream().allMatch(String.class::isInstance);
        };
    }
}
