package org.clusterscope.scenario.run;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clusterscope.core.NearMiss;
import org.clusterscope.core.NodeId;

/**
 * The message kinds a sequence diagram can show, by the names the trace gives them, plus
 * {@code answer}, a beacon sent in answer to a probe (PROTOCOL.md §2). Beacons and GDB syncs
 * come every heartbeat and would bury an election, so they are shown only when asked for.
 */
public final class SequenceKinds {

    /** Every kind, in the order a legend lists them. */
    public static final List<String> ALL = List.of("vote", "probe", "answer", "goodbye", "ping", "query", "reply",
            "data", "beacon", "gdb.sync");

    /** The kinds shown when none are named: every kind but the periodic ones. */
    public static final Set<String> DEFAULT = Set.of("vote", "probe", "answer", "goodbye", "ping", "query", "reply",
            "data");

    private SequenceKinds() {
    }

    /**
     * Reads a comma-separated list such as {@code vote,goodbye}; throws
     * {@link IllegalArgumentException} naming the known kinds, and the nearest one to a misspelt
     * kind, when one is unknown or the list is empty.
     */
    public static Set<String> parse(String list) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String part : list.split(",", -1)) {
            String kind = part.trim();
            if (!ALL.contains(kind)) {
                throw new IllegalArgumentException((kind.isEmpty() ? "an empty kind"
                        : "unknown kind '" + kind + "'" + NearMiss.suggestion(kind, ALL))
                        + "; known kinds: " + String.join(", ", ALL));
            }
            kinds.add(kind);
        }
        return Set.copyOf(kinds);
    }

    /** Why a message of {@code kind} is sent when no decision of the sender says more: the protocol's rule. */
    static String rule(String kind, NodeId from, NodeId asker) {
        return switch (kind) {
            case "probe" -> from + " probes on start to find its peers (PROTOCOL.md §2)";
            case "answer" -> from + " answers " + asker + "'s probe with a beacon (PROTOCOL.md §2)";
            case "beacon" -> from + "'s beacon, sent every heartbeat (PROTOCOL.md §2)";
            case "vote" -> from + "'s vote changed (PROTOCOL.md §3)";
            case "goodbye" -> from + " leaves and says goodbye (PROTOCOL.md §1)";
            case "ping" -> from + " could not reach a peer it saw connected: the self-healing ping (PROTOCOL.md §2)";
            case "gdb.sync" -> from + " sends its records to a holder of the cluster (PROTOCOL.md §7)";
            default -> from + " sends a " + kind + " message";
        };
    }
}
