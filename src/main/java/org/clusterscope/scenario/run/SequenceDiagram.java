package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;

/**
 * A run drawn as a message-sequence chart, as textbooks draw an election: one lifeline per node,
 * time flowing down, each message an arrow from its sending to its arrival (or to the place it
 * died), state changes as labelled marks on a lifeline, faults as bands across all lifelines.
 * A plain value, built by {@link SequenceRecorder} from the simulation's events and drawn by
 * {@link SequenceSvg} (files) or the window's Sequence tab; times are virtual microseconds.
 *
 * @param nodes the lifelines, left to right, in scenario order
 * @param from the first instant the diagram shows
 * @param to the last instant it shows
 */
public record SequenceDiagram(List<NodeId> nodes, List<Arrow> arrows, List<Mark> marks, List<Band> bands, long from,
        long to) {

    public SequenceDiagram {
        nodes = List.copyOf(nodes);
        arrows = List.copyOf(arrows);
        marks = List.copyOf(marks);
        bands = List.copyOf(bands);
    }

    /**
     * One message on one leg: from {@code from} at {@code sent} to {@code to} at {@code end}. A
     * delivered message runs from its first sender to its receiver; a dropped one from the node
     * that last forwarded it to where it died, {@code drop} saying why (null when it arrived).
     *
     * @param origin the node that first sent the message (differs from {@code from} for a relayed drop)
     * @param reason why the message was sent, in words (PROTOCOL.md §3: decisions carry their reason)
     */
    public record Arrow(long packet, String kind, NodeId origin, NodeId from, NodeId to, long sent, long end,
            String drop, String reason) {

        public boolean dropped() {
            return drop != null;
        }

        /** One line for a tooltip: the message, its path and times, then why it was sent. */
        public String describe() {
            String path = dropped() ? from + " → " + to + " lost (" + drop + ")" : from + " → " + to;
            String relayed = origin.equals(from) ? "" : ", first sent by " + origin;
            // to the millisecond: a reader compares instants, microseconds only crowd the line
            return kind + " #" + packet + " " + path + relayed + ", sent " + SimTime.format(toMs(sent))
                    + (dropped() ? ", lost " : ", arrived ") + SimTime.format(toMs(end)) + " (" + toMs(end - sent) / 1_000
                    + " ms): " + reason;
        }

        private static long toMs(long micros) {
            return Math.round(micros / 1_000.0) * 1_000;
        }
    }

    /** A labelled mark on one lifeline: a state change ("joining", "slave", "MASTER", "dispatched", "down"). */
    public record Mark(long time, NodeId node, String label, String reason) {
    }

    /**
     * A fault across the lifelines: {@code kind} is "kill", "quit", "partition", "heal" or "link";
     * {@code nodes} those it touches (the partition's groups flattened, the killed node, a link's ends).
     */
    public record Band(long time, String kind, String label, List<NodeId> nodes) {
        public Band {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * The part of this diagram between {@code start} and {@code end} (inclusive) showing only the
     * message kinds in {@code kinds} (every kind when null): an arrow stays when its sending or its
     * end falls in the window.
     */
    public SequenceDiagram window(long start, long end, Set<String> kinds) {
        List<Arrow> keptArrows = new ArrayList<>();
        for (Arrow arrow : arrows) {
            boolean inside = within(arrow.sent(), start, end) || within(arrow.end(), start, end)
                    || (arrow.sent() < start && arrow.end() > end);
            if (inside && (kinds == null || kinds.contains(arrow.kind()))) {
                keptArrows.add(arrow);
            }
        }
        List<Mark> keptMarks = marks.stream().filter(m -> within(m.time(), start, end)).toList();
        List<Band> keptBands = bands.stream().filter(b -> within(b.time(), start, end)).toList();
        return new SequenceDiagram(nodes, keptArrows, keptMarks, keptBands, start, end);
    }

    private static boolean within(long time, long start, long end) {
        return time >= start && time <= end;
    }
}
