package org.clusterscope.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request ids: a query's {@code ruid} string on the wire against ClusterScope's numeric query id
 * (BPACKET.md "Queries as seen on the wire": a response carries the query's ruid back).
 *
 * <ul>
 *   <li>ClusterScope's own queries travel as the decimal query id, {@code "17"}.</li>
 *   <li>A Tcl member's ruid ({@code "ql4#7"}) of up to 8 ASCII characters is packed, bytes
 *       in order, into the low 56 bits of a negative id; a reply to that id gets the same ruid
 *       back without any memory.</li>
 *   <li>A longer or non-ASCII ruid gets a negative id from a counter, remembered in a bounded
 *       table (the last {@value #REMEMBERED} such ruids) so that the reply can find it.</li>
 * </ul>
 */
final class Ruids {

    static final int REMEMBERED = 4096;
    private static final long PACKED = Long.MIN_VALUE;
    private static final long TABLED = Long.MIN_VALUE | (1L << 62);

    private final Map<Long, String> byId = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final Map<String, Long> byRuid = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };
    private long next;

    /** How many long ruids are remembered now. */
    synchronized int remembered() {
        return byId.size() + byRuid.size();
    }

    /** The ruid to send for {@code queryId}. */
    String ruid(long queryId) {
        if (queryId >= 0) {
            return Long.toString(queryId);
        }
        if ((queryId & TABLED) == PACKED) {
            String unpacked = unpack(queryId);
            if (unpacked != null) {
                return unpacked;
            }
        } else {
            synchronized (this) {
                String remembered = byId.get(queryId);
                if (remembered != null) {
                    return remembered;
                }
            }
        }
        return Long.toString(queryId);
    }

    /** The query id for a received {@code ruid}. */
    long queryId(String ruid) {
        long decimal = canonicalDecimal(ruid);
        if (decimal != Long.MIN_VALUE) {
            return decimal;
        }
        long packed = pack(ruid);
        if (packed != 0) {
            return packed;
        }
        synchronized (this) {
            Long known = byRuid.get(ruid);
            if (known != null) {
                return known;
            }
            long id = TABLED | (next++ & ((1L << 62) - 1));
            byRuid.put(ruid, id);
            byId.put(id, ruid);
            return id;
        }
    }

    /** The value of a non-negative decimal that {@link Long#toString(long)} writes exactly so, or Long.MIN_VALUE. */
    private static long canonicalDecimal(String text) {
        int n = text.length();
        if (n == 0 || n > 20) {
            return Long.MIN_VALUE;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
        }
        try {
            long value = Long.parseLong(text);
            return Long.toString(value).equals(text) ? value : Long.MIN_VALUE;
        } catch (NumberFormatException tooLarge) {
            return Long.MIN_VALUE;
        }
    }

    /** Up to 8 characters in 1..127, packed in order; 0 when the ruid does not fit. */
    private static long pack(String ruid) {
        int n = ruid.length();
        if (n == 0 || n > 8) {
            return 0;
        }
        long bits = 0;
        for (int i = 0; i < ruid.length(); i++) {
            char c = ruid.charAt(i);
            if (c == 0 || c > 127) {
                return 0;
            }
            bits = (bits << 7) | c;
        }
        // a leading marker bit keeps leading characters apart from the padding
        return PACKED | (1L << (7 * ruid.length())) | bits;
    }

    private static String unpack(long id) {
        long bits = id & ~TABLED;
        if (bits == 0) {
            return null;
        }
        int marker = 63 - Long.numberOfLeadingZeros(bits);
        if (marker % 7 != 0 || marker == 0) {
            return null;
        }
        int n = marker / 7;
        char[] chars = new char[n];
        for (int i = n - 1; i >= 0; i--) {
            char c = (char) (bits & 0x7F);
            if (c == 0) {
                return null;
            }
            chars[i] = c;
            bits >>>= 7;
        }
        return new String(chars);
    }
}
