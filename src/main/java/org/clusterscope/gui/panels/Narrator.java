package org.clusterscope.gui.panels;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.scenario.GdbWording;

/**
 * Turns simulation events into log lines in plain words, using the reasons the protocol gives
 * (PROTOCOL.md §3). Packet sends and hops are not narrated (far too many); drops are, since
 * each one is a fault made visible.
 */
public final class Narrator {

    private Narrator() {
    }

    public static Optional<LogLine> narrate(SimEvent event) {
        long t = event.time();
        if (event instanceof SimEvent.StateChanged e) {
            if (e.from() == e.to() && e.master() != null) {
                // same role, another master: a slave that follows the new one
                return line(t, LogCategory.ROLE, e.node() + " now follows " + e.master() + " (still " + e.to() + ")"
                        + why(e.node(), e.reason()));
            }
            String master = e.master() == null ? "" : " (master " + e.master() + ")";
            return line(t, LogCategory.ROLE, e.node() + ": " + e.from() + " → " + e.to() + master + why(e.node(), e.reason()));
        }
        if (event instanceof SimEvent.VoteCast e) {
            return line(t, LogCategory.VOTE, e.voter() + " votes " + e.candidate() + why(e.voter(), e.reason()));
        }
        if (event instanceof SimEvent.VotesCounted e) {
            String verdict = e.majority() ? "a majority" : "no majority";
            return line(t, LogCategory.VOTE, e.node() + " counts " + e.votes() + " of " + e.n() + " votes for "
                    + e.leader() + ": " + verdict + why(e.node(), e.reason()));
        }
        if (event instanceof SimEvent.PeerChanged e) {
            return line(t, LogCategory.PEER, e.node() + " sees " + e.peer() + " " + e.status() + why(e.node(), e.reason()));
        }
        if (event instanceof SimEvent.NodeStarted e) {
            return line(t, LogCategory.NODE, e.node() + " starts on port " + e.port());
        }
        if (event instanceof SimEvent.NodeStopped e) {
            String how = switch (e.kind()) {
                case KILLED -> " is killed (crash, no goodbye)";
                case QUIT -> " quits gracefully";
                case DISPATCHED -> " dispatches itself";
            };
            return line(t, e.kind() == SimEvent.StopKind.DISPATCHED ? LogCategory.ROLE : LogCategory.FAULT,
                    e.node() + how + why(e.node(), e.reason()));
        }
        if (event instanceof SimEvent.LinkChanged e) {
            String state = e.up() ? "up" : "DOWN";
            String loss = e.loss() > 0 ? String.format(java.util.Locale.ROOT, ", loss %.0f%%", e.loss() * 100) : "";
            return line(t, LogCategory.FAULT, "link " + e.a() + "—" + e.b() + " " + state + " ("
                    + fmt(e.latencyMs()) + " ms" + loss + ")" + reason(e.reason()));
        }
        if (event instanceof SimEvent.PartitionChanged e) {
            if (e.groups().size() < 2) {
                return line(t, LogCategory.FAULT, "network healed: one part again");
            }
            return line(t, LogCategory.FAULT, e.name() + ": " + groups(e.groups()));
        }
        if (event instanceof SimEvent.PacketDropped e) {
            String where = e.next() == null ? " at " + e.at() : " on " + e.at() + "→" + e.next();
            return line(t, LogCategory.PACKET, e.kind() + " dropped" + where + " (" + e.reason() + ")");
        }
        if (event instanceof SimEvent.TagsChanged e) {
            return line(t, LogCategory.SERVICE, e.node() + " tags " + e.tags());
        }
        if (event instanceof SimEvent.ServiceEvent e) {
            return line(t, LogCategory.SERVICE, e.node() + " " + e.what() + (e.detail().isEmpty() ? "" : ": " + e.detail()));
        }
        if (event instanceof SimEvent.OverlayEvent o) {
            return line(t, LogCategory.OVERLAY, overlay(o));
        }
        String gdb = GdbWording.of(event);
        if (gdb != null) {
            return line(t, LogCategory.GDB, gdb);
        }
        if (event instanceof SimEvent.Note e) {
            return line(t, LogCategory.NOTE, "“" + e.text() + "”");
        }
        if (event instanceof SimEvent.Warning e) {
            return line(t, LogCategory.NOTE, "⚠ " + e.text());
        }
        return Optional.empty();
    }

    /**
     * Public mode's requests, answers and closes with their reason (PROTOCOL.md §8), worded as
     * {@code run --log overlay} words them: "n7 refuses n3 — 9 connections, its max".
     */
    private static String overlay(SimEvent.OverlayEvent o) {
        if (o instanceof SimEvent.ConnectRequest) {
            return o.a() + " asks " + o.b() + " — " + o.why();
        }
        if (o instanceof SimEvent.Refuse) {
            return o.a() + " refuses " + o.b() + " — " + o.why();
        }
        if (o instanceof SimEvent.Connect) {
            return o.a() + "–" + o.b() + " linked: " + o.why();
        }
        return o.a() + "–" + o.b() + " closed: " + o.why();
    }

    private static Optional<LogLine> line(long time, LogCategory category, String text) {
        return Optional.of(new LogLine(time, category, text));
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : " — " + reason;
    }

    /**
     * The part of a protocol reason that the line has not said yet. Reasons are whole sentences
     * about their node ("n5 votes n1: lowest port among {…}", "n2 counts 4 of 5 votes for n1
     * (majority) after vote from n5"); after a line that already names the node and what it did,
     * only the why is left: "lowest port among {…}", "after vote from n5".
     */
    static String why(NodeId subject, String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String rest = org.clusterscope.scenario.Narrator.withoutSubject(subject, reason);
        if (rest.equals(reason)) {
            return reason(reason);
        }
        int colon = rest.indexOf(": ");
        int after = rest.indexOf(" after ");
        if (colon >= 0) {
            rest = rest.substring(colon + 2);
        } else if (after >= 0) {
            rest = rest.substring(after + 1);
        }
        return reason(rest);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    static String groups(List<List<NodeId>> groups) {
        return groups.stream()
                .map(group -> group.stream().map(NodeId::value).collect(Collectors.joining(",", "{", "}")))
                .collect(Collectors.joining(" | "));
    }
}
