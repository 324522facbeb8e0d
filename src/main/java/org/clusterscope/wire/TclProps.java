package org.clusterscope.wire;

import java.util.List;
import java.util.OptionalInt;

/**
 * The protocol properties a member announces in the {@code data} of its beacons and discovery
 * requests: a Tcl dictionary keyed by protocol, e.g. {@code t {port 46265}} (BPACKET.md
 * "Transports"). A Tcl receiver merges it into what it knows of the sender, so it must stay a
 * well-formed dictionary.
 */
final class TclProps {

    private static final String PREFIX = "t {port ";

    private TclProps() {
    }

    /** {@code t {port N}}: what a ClusterScope node announces. */
    static String ofPort(int port) {
        return PREFIX + port + "}";
    }

    /** The port in {@code t {port N}}, or empty when {@code data} is absent, not a dictionary or names none. */
    static OptionalInt tcpPort(String data) {
        if (data == null) {
            return OptionalInt.empty();
        }
        if (data.startsWith(PREFIX) && data.endsWith("}")) {
            OptionalInt quick = parseInt(data.substring(PREFIX.length(), data.length() - 1));
            if (quick.isPresent()) {
                return quick;
            }
        }
        try {
            String t = get(TclList.parse(data), "t");
            return t == null ? OptionalInt.empty() : parseInt(get(TclList.parse(t), "port"));
        } catch (IllegalArgumentException notADictionary) {
            return OptionalInt.empty();
        }
    }

    /** The value of {@code key} in a dictionary given as its list of elements; the last one wins, as in Tcl. */
    private static String get(List<String> dict, String key) {
        if (dict.size() % 2 != 0) {
            throw new IllegalArgumentException("missing value to go with key");
        }
        String found = null;
        for (int i = 0; i < dict.size(); i += 2) {
            if (dict.get(i).equals(key)) {
                found = dict.get(i + 1);
            }
        }
        return found;
    }

    static OptionalInt parseInt(String text) {
        if (text == null || text.isEmpty() || text.length() > 11) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }
}
