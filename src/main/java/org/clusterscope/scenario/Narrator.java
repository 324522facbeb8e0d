package org.clusterscope.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;

/**
 * Turns the event stream into a timeline a student can read: starts, discovery, votes with their
 * reasons, role changes, faults and notes, one line each, with the virtual time in front.
 * Packets are not narrated one by one (a run sends thousands): {@link TrafficCounter} sums them up.
 *
 * <p>Discovery is summarised: while a node is joining, the peers it finds are gathered and told
 * in one line when it takes its first role; later first meetings get a line each.
 */
public final class Narrator implements SimListener {

    private final Consumer<String> out;
    private final LongFunction<String> timeColumn;
    private final Map<NodeId, List<NodeId>> discovering = new LinkedHashMap<>();
    private final Set<String> met = new HashSet<>();
    private final Map<NodeId, NodeState> states = new LinkedHashMap<>();
    /** The sections printed ({@code run --log}); the others are still followed, only not told. */
    private java.util.Set<LogSection> sections = LogSection.all();

    public Narrator(Consumer<String> out) {
        this(out, Narrator::time);
    }

    /**
     * A narrator with its own time column, e.g. the time of day for a live node, whose events
     * carry wall-clock microseconds since the Unix epoch.
     */
    public Narrator(Consumer<String> out, LongFunction<String> timeColumn) {
        this.out = out;
        this.timeColumn = timeColumn;
    }

    /** Prints only the lines of these sections ({@code run --log}); every section by default. */
    public Narrator showing(java.util.Set<LogSection> shown) {
        this.sections = java.util.EnumSet.copyOf(shown);
        return this;
    }

    /** {@code   10.000s  }: the time column. */
    public static String time(long micros) {
        return String.format(Locale.ROOT, "%9.3fs  ", micros / 1_000_000.0);
    }

    @Override
    public void onEvent(SimEvent event) {
        String line = narrate(event);
        if (line != null && sections.contains(LogSection.of(event))) {
            out.accept(timeColumn.apply(event.time()) + line);
        }
    }

    private String narrate(SimEvent event) {
        if (event instanceof SimEvent.NodeStarted s) {
            discovering.put(s.node(), new ArrayList<>());
            states.put(s.node(), NodeState.JOINING);
            return s.node() + " starts (port " + s.port() + "), probing for peers";
        }
        if (event instanceof SimEvent.NodeStopped s) {
            discovering.remove(s.node());
            return switch (s.kind()) {
                case KILLED -> s.node() + " is killed: it crashes without a word";
                case QUIT -> s.node() + " quits gracefully, saying goodbye";
                case DISPATCHED -> s.node() + " dispatches itself: "
                        + withoutSubject(s.node(), s.reason()).replaceFirst("^dispatched: ", "");
            };
        }
        if (event instanceof SimEvent.StateChanged s) {
            return stateChanged(s);
        }
        if (event instanceof SimEvent.PeerChanged p) {
            return peerChanged(p);
        }
        if (event instanceof SimEvent.VoteCast v) {
            if (v.reason() == null || v.reason().isBlank()) {
                return v.voter() + " votes " + v.candidate();
            }
            String why = withoutSubject(v.voter(), v.reason());
            return why.startsWith("votes") ? v.voter() + " " + why : v.voter() + " votes " + v.candidate() + ": " + why;
        }
        if (event instanceof SimEvent.VotesCounted c) {
            return c.majority() ? null : c.node() + " counts " + c.votes() + " of " + c.n() + " votes for " + c.leader()
                    + ": no majority" + (c.reason() == null ? "" : " (" + c.reason() + ")");
        }
        if (event instanceof SimEvent.LinkChanged l) {
            String settings = String.format(Locale.ROOT, "%s ms ±%s ms, loss %s", plain(l.latencyMs()),
                    plain(l.jitterMs()), plain(l.loss()));
            if ("settings changed".equals(l.reason())) {
                return "link " + l.a() + "-" + l.b() + " now carries packets in " + settings;
            }
            if ("heal".equals(l.reason())) {
                return null;
            }
            return "link " + l.a() + "-" + l.b() + (l.up() ? " comes back up" : " goes down");
        }
        if (event instanceof SimEvent.PartitionChanged p) {
            if (p.groups().isEmpty()) {
                return p.name().equals("heal") ? "heal: the partition is lifted, every link is back up"
                        : p.name() + ": no partition";
            }
            return p.name() + ": " + p.groups().stream()
                    .map(g -> g.stream().map(NodeId::value).collect(Collectors.joining(",", "{", "}")))
                    .collect(Collectors.joining(" | "));
        }
        if (event instanceof SimEvent.TagsChanged t) {
            return t.node() + " tags are now " + (t.tags().isEmpty() ? "none" : String.join(", ", t.tags()));
        }
        if (event instanceof SimEvent.ServiceEvent s) {
            return s.node() + " " + s.what() + (s.detail() == null || s.detail().isBlank() ? "" : ": " + s.detail());
        }
        if (event instanceof SimEvent.OverlayEvent o) {
            return overlay(o);
        }
        String gdb = GdbWording.of(event);
        if (gdb != null) {
            return gdb;
        }
        if (event instanceof SimEvent.Note n) {
            return "» " + n.text();
        }
        if (event instanceof SimEvent.Warning w) {
            return "warning: " + w.text();
        }
        return null;
    }

    /** PROTOCOL.md §8: "n3 asks n7 — degree 2, below its min 3", "n7 refuses n3 — 9 connections, its max". */
    private static String overlay(SimEvent.OverlayEvent o) {
        if (o instanceof SimEvent.ConnectRequest) {
            return o.a() + " asks " + o.b() + " \u2014 " + o.why();
        }
        if (o instanceof SimEvent.Refuse) {
            return o.a() + " refuses " + o.b() + " \u2014 " + o.why();
        }
        if (o instanceof SimEvent.Connect) {
            return o.a() + "\u2013" + o.b() + " linked: " + o.why();
        }
        return o.a() + "\u2013" + o.b() + " closed: " + o.why();
    }

    private String stateChanged(SimEvent.StateChanged s) {
        NodeState before = states.put(s.node(), s.to());
        if (s.to() == NodeState.JOINING || s.to() == NodeState.DOWN || s.to() == NodeState.DISPATCHED) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        List<NodeId> found = discovering.remove(s.node());
        if (found != null) {
            line.append(s.node()).append(found.isEmpty() ? " found no peer" : " found " + found.size()
                    + (found.size() == 1 ? " peer " : " peers ") + found.stream().map(NodeId::value)
                            .collect(Collectors.joining(",", "{", "}"))).append("; ");
        }
        if (s.to() == NodeState.MASTER) {
            line.append(before == NodeState.MASTER ? s.node() + " stays master" : s.node() + " becomes MASTER");
        } else if (before == NodeState.MASTER) {
            line.append(s.node()).append(" steps down, slave of ").append(s.master());
        } else {
            line.append(s.node()).append(" is slave of ").append(s.master());
        }
        if (s.reason() != null && !s.reason().isBlank()) {
            line.append(" (").append(withoutSubject(s.node(), s.reason())).append(')');
        }
        return line.toString();
    }

    private String peerChanged(SimEvent.PeerChanged p) {
        String pair = p.node() + "\u0000" + p.peer();
        boolean first = met.add(pair);
        if (p.status() == PeerStatus.CONNECTED) {
            List<NodeId> found = discovering.get(p.node());
            if (found != null) {
                found.add(p.peer());
                return null;
            }
            return first ? p.node() + " discovers " + p.peer() : p.node() + " hears " + p.peer() + " again";
        }
        String what = p.status() == PeerStatus.LOST ? " loses " : " records the goodbye of ";
        return p.node() + what + p.peer() + (p.reason() == null || p.reason().isBlank() ? ""
                : " (" + withoutSubject(p.node(), p.reason()) + ")");
    }

    /**
     * A reason without a repeated subject: "n5 dispatched: lost 3 > connected 1" reads
     * "dispatched: lost 3 > connected 1" after n5; a reason about someone else is kept whole.
     * The window's log trims reasons the same way.
     */
    public static String withoutSubject(NodeId subject, String reason) {
        String prefix = subject.value() + " ";
        return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
