package org.clusterscope.gdb;

import java.util.Locale;

/**
 * A cluster's 128-bit id: the network id in the high half, the cluster id in the low half
 * (PROTOCOL.md §7), shown as {@code 0x} and 32 hexadecimal digits, as Cellframe prints a GUUID.
 */
public record Guuid(long netId, long clusterId) {

    /** The id of cluster {@code clusterId} on network {@code netId}. */
    public static Guuid compose(long netId, long clusterId) {
        return new Guuid(netId, clusterId);
    }

    /**
     * Reads two unsigned hexadecimal ids of up to 64 bits each, with or without {@code 0x},
     * e.g. {@code "0x1"} and {@code "0xAA"}.
     *
     * @throws IllegalArgumentException when either is not such an id
     */
    public static Guuid parse(String netId, String clusterId) {
        return compose(hex64(netId), hex64(clusterId));
    }

    /** {@code 0x} and 32 upper-case hexadecimal digits, network id first. */
    public String hex() {
        return String.format(Locale.ROOT, "0x%016X%016X", netId, clusterId);
    }

    @Override
    public String toString() {
        return hex();
    }

    private static long hex64(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        if (digits.isEmpty() || digits.length() > 16 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("expected a hexadecimal id of up to 64 bits, found \"" + text + "\"");
        }
        return Long.parseUnsignedLong(digits, 16);
    }
}
