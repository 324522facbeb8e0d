package org.clusterscope.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags last heard from each Tcl member, by {@code sid@hid}. A Tcl member sends its tags only
 * at start, on change, in discovery and its answers, and when it leaves (BPACKET.md "The cluster
 * template"); its periodic beacons carry none. A Tcl receiver keeps the tags it was told, and so
 * does this table, so that a beacon without tags does not wipe a member's tags at a ClusterScope
 * node. Bounded: the least recently heard members are forgotten first.
 */
final class TclMembers {

    static final int REMEMBERED = 1024;

    private final Map<String, List<String>> tags = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** How many members are remembered now. */
    synchronized int remembered() {
        return tags.size();
    }

    /** Records the tags a packet carried, or recalls the last ones when it carried none. */
    synchronized List<String> tags(String identity, List<String> carried) {
        if (carried != null) {
            tags.put(identity, carried);
            return carried;
        }
        List<String> known = tags.get(identity);
        return known == null ? List.of() : known;
    }

    synchronized void forget(String identity) {
        tags.remove(identity);
    }
}
