package org.clusterscope.event;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;

/**
 * Everything observable that happens in a simulation. The engine, the network and the nodes emit
 * these; the GUI animates them, the runner narrates them, the trace writes them, the checkers
 * test them. Every event carries its virtual {@link #time()} in microseconds and a stable
 * {@link #type()} used as the {@code "type"} of a trace line.
 *
 * <p>Decisions carry their reason in plain words ("n3 votes n1: lowest port among {n1,n3,n4}",
 * "n5 dispatched: lost 3 > connected 1"), so a log can explain them (PROTOCOL.md §3).
 */
public sealed interface SimEvent {

    /** Virtual time in microseconds. */
    long time();

    /** A stable dotted name, e.g. {@code "packet.hop"}; part of the trace format. */
    String type();

    // ---- node life -------------------------------------------------------------------------

    /** A node started (or restarted) with this port and birth time (microseconds). */
    record NodeStarted(long time, NodeId node, int port, long birth) implements SimEvent {
        public String type() { return "node.started"; }
    }

    /** A node stopped: killed (crash), quit (graceful) or dispatched itself; {@code reason} in words. */
    record NodeStopped(long time, NodeId node, StopKind kind, String reason) implements SimEvent {
        public String type() { return "node.stopped"; }
    }

    /** How a node stopped. */
    enum StopKind { KILLED, QUIT, DISPATCHED }

    /** A node's state changed; {@code master} is the master it now names, or null. */
    record StateChanged(long time, NodeId node, NodeState from, NodeState to, NodeId master, String reason)
            implements SimEvent {
        public String type() { return "node.state"; }
    }

    /** How {@code node} sees {@code peer} changed (connected, lost, dispatched). */
    record PeerChanged(long time, NodeId node, NodeId peer, PeerStatus status, String reason) implements SimEvent {
        public String type() { return "peer.changed"; }
    }

    /** A node's tags changed. */
    record TagsChanged(long time, NodeId node, List<String> tags) implements SimEvent {
        public TagsChanged {
            tags = List.copyOf(tags);
        }
        public String type() { return "node.tags"; }
    }

    // ---- election --------------------------------------------------------------------------

    /** {@code voter} now votes for {@code candidate}, with the reason. */
    record VoteCast(long time, NodeId voter, NodeId candidate, String reason) implements SimEvent {
        public String type() { return "election.vote"; }
    }

    /**
     * {@code node} counted the votes it holds: {@code n} voters, {@code leader} the most voted
     * with {@code votes} votes, and whether that is a majority (PROTOCOL.md §3).
     */
    record VotesCounted(long time, NodeId node, int n, NodeId leader, int votes, boolean majority, String reason)
            implements SimEvent {
        public String type() { return "election.count"; }
    }

    // ---- packets ---------------------------------------------------------------------------

    /**
     * A node handed a packet to the network. {@code to} is null for a broadcast, whose hop
     * limit is {@code hopLimit}. {@code kind} names the message ("beacon", "probe", "vote",
     * "goodbye", "ping", "query", "data", …) so the GUI can draw each kind its own way.
     */
    record PacketSent(long time, long packet, String kind, NodeId from, NodeId to, int hopLimit) implements SimEvent {
        public String type() { return "packet.sent"; }
    }

    /** A packet left {@code from} on the link to {@code to}, and will arrive at {@code arrival} if not dropped. */
    record PacketHop(long time, long packet, String kind, NodeId from, NodeId to, long arrival) implements SimEvent {
        public String type() { return "packet.hop"; }
    }

    /** A packet from {@code sender} reached {@code receiver}'s protocol after {@code hops} hops. */
    record PacketDelivered(long time, long packet, String kind, NodeId sender, NodeId receiver, int hops)
            implements SimEvent {
        public String type() { return "packet.delivered"; }
    }

    /** A packet died at {@code at} (on its way to {@code next}, if known) for {@code reason}. */
    record PacketDropped(long time, long packet, String kind, NodeId at, NodeId next, DropReason reason)
            implements SimEvent {
        public String type() { return "packet.dropped"; }
    }

    // ---- network and faults ----------------------------------------------------------------

    /** A link's state or settings changed; latency and jitter in milliseconds, loss a probability. */
    record LinkChanged(long time, NodeId a, NodeId b, boolean up, double latencyMs, double jitterMs, double loss,
            String reason) implements SimEvent {
        public String type() { return "link.changed"; }
    }

    /**
     * The partition changed. {@code groups} are the groups now in force, the implicit group of
     * unnamed nodes included; empty after a heal. {@code name} is the nemesis pattern or
     * "partition" or "heal".
     */
    record PartitionChanged(long time, String name, List<List<NodeId>> groups) implements SimEvent {
        public PartitionChanged {
            groups = groups.stream().map(List::copyOf).toList();
        }
        public String type() { return "partition"; }
    }

    // ---- public mode (PROTOCOL.md §8) ----------------------------------------------------------

    /**
     * A change of the discovered overlay: {@code a} and {@code b} are the two nodes, {@code why}
     * the reason in words. Four kinds, one trace type each (SCENARIO_FORMAT.md "Public mode").
     */
    sealed interface OverlayEvent extends SimEvent {
        NodeId a();

        NodeId b();

        String why();
    }

    /** {@code a} asks {@code b} for a connection; {@code why} says why it asks ("degree 2, below its min 3"). */
    record ConnectRequest(long time, NodeId a, NodeId b, String why) implements OverlayEvent {
        public String type() { return "connectRequest"; }
    }

    /** {@code b} accepted {@code a}'s request and the discovered link {@code a}–{@code b} is up. */
    record Connect(long time, NodeId a, NodeId b, String why) implements OverlayEvent {
        public String type() { return "connect"; }
    }

    /** {@code a} refuses {@code b}'s request (or the accepted link could not be made), for {@code why}. */
    record Refuse(long time, NodeId a, NodeId b, String why) implements OverlayEvent {
        public String type() { return "refuse"; }
    }

    /** The discovered link {@code a}–{@code b} closed: an end stopped, a partition cut it, shed, or closed by hand. */
    record Disconnect(long time, NodeId a, NodeId b, String why) implements OverlayEvent {
        public String type() { return "disconnect"; }
    }

    // ---- services --------------------------------------------------------------------------

    /**
     * Something a node's services did: a channel message received, a hook that cancelled a
     * message, a query response, done or timeout. {@code what} is a short dotted name
     * ("query.response", "query.done", "query.timeout", "hook.cancelled", "channel.receive", …).
     */
    record ServiceEvent(long time, NodeId node, String what, String detail) implements SimEvent {
        public String type() { return "service"; }
    }

    // ---- GDB clusters (PROTOCOL.md §7) ----------------------------------------------------

    /**
     * A write ({@code op} "write") or deletion ("delete") was applied on {@code node}; {@code cluster}
     * is null for a local group; {@code value} null for a deletion; {@code reason} says why it was allowed.
     */
    record GdbWritten(long time, NodeId node, String op, String cluster, String group, String key, String value,
            String reason) implements SimEvent {
        public String type() { return "gdb.write"; }
    }

    /** A write or deletion was refused on {@code node} and applied nowhere, for {@code reason}. */
    record GdbRefused(long time, NodeId node, String op, String cluster, String group, String key, String value,
            String reason) implements SimEvent {
        public String type() { return "gdb.refused"; }
    }

    /** {@code node} sent its {@code records} live records of {@code cluster} to the holder {@code to}. */
    record GdbSyncSent(long time, NodeId node, NodeId to, String cluster, int records) implements SimEvent {
        public String type() { return "gdb.sync.sent"; }
    }

    /** {@code node} merged a sync of {@code records} records from {@code from}; {@code changed} of them were news. */
    record GdbSyncMerged(long time, NodeId node, NodeId from, String cluster, int records, int changed)
            implements SimEvent {
        public String type() { return "gdb.sync.merged"; }
    }

    /**
     * Two versions of one key met on {@code node} without one being written over the other: the
     * kept one wins by the rule of PROTOCOL.md §7, said in {@code reason}. Null values are deletions.
     */
    record GdbConflict(long time, NodeId node, String group, String key, NodeId keptWriter, String keptValue,
            NodeId droppedWriter, String droppedValue, String reason) implements SimEvent {
        public String type() { return "gdb.conflict"; }
    }

    /** A record (a deletion when {@code value} is null) reached its timestamp plus the TTL on {@code node}. */
    record GdbExpired(long time, NodeId node, String group, String key, String value) implements SimEvent {
        public String type() { return "gdb.expired"; }
    }

    /** A GDB network went online or offline. */
    record GdbNetChanged(long time, String net, boolean online, String reason) implements SimEvent {
        public String type() { return "gdb.net"; }
    }

    /** A GDB cluster went online or offline, with its GUUID in hex. */
    record GdbClusterChanged(long time, String cluster, String guuid, boolean online, String reason)
            implements SimEvent {
        public String type() { return "gdb.cluster"; }
    }

    // ---- narration -------------------------------------------------------------------------

    /** A note from the scenario, shown in the log and the timeline for narrated demos. */
    record Note(long time, String text) implements SimEvent {
        public Note {
            Objects.requireNonNull(text, "text");
        }
        public String type() { return "note"; }
    }

    /** Something a user should know that is not an error, e.g. an {@code @master} that named nobody. */
    record Warning(long time, String text) implements SimEvent {
        public String type() { return "warning"; }
    }
}
