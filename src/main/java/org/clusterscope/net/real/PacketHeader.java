package org.clusterscope.net.real;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a packet says besides its message (BPACKET.md "The cluster template"): who sent it
 * ({@code sid}, {@code hid}), the protocols it can be reached by in priority order and their
 * properties by protocol letter ({@code t → {port: N}}, {@code u → {path: P}}; empty when the packet does not carry them),
 * and the filter naming the members meant to read it (empty: everyone).
 */
public record PacketHeader(String sid, String hid, List<String> protocols, Map<String, Map<String, String>> props,
        List<String> filter) {

    public PacketHeader {
        Objects.requireNonNull(sid, "sid");
        hid = hid == null ? "" : hid;
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
        props = props == null ? Map.of() : Map.copyOf(props);
        props.values().forEach(Objects::requireNonNull);
        filter = filter == null ? List.of() : List.copyOf(filter);
    }

    /** Whether a member with this sid and hid reads the packet (BPACKET.md: a filter that does not name it stops it). */
    public boolean names(String ownSid, String ownHid) {
        return filter.isEmpty() || filter.contains(ownSid) || filter.contains(ownHid);
    }
}
