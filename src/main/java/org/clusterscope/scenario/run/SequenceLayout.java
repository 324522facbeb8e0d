package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.clusterscope.core.NodeId;

/**
 * Where a {@link SequenceDiagram} is drawn, shared by the SVG file and the window: a column per
 * lifeline and a time scale that runs at {@code pxPerMs} but shortens every quiet stretch to at
 * most {@code maxGap} pixels, so an election of a few milliseconds and the seconds of silence
 * after it both fit. The shortened stretches are {@link #breaks()}, drawn with their length.
 */
public final class SequenceLayout {

    public static final double LEFT = 84;
    public static final double TOP = 48;
    public static final double COLUMN = 116;
    public static final double BOTTOM = 40;

    private final SequenceDiagram diagram;
    private final double column;
    private final long[] instants;
    private final double[] ys;
    private final List<Break> breaks = new ArrayList<>();
    private final Map<NodeId, Integer> columns = new java.util.HashMap<>();

    /** A quiet stretch drawn shorter than its length: from instant {@code start} to {@code end}, at {@code y0}–{@code y1}. */
    public record Break(long start, long end, double y0, double y1) {
    }

    public SequenceLayout(SequenceDiagram diagram, double pxPerMs, double maxGap) {
        this(diagram, pxPerMs, maxGap, COLUMN);
    }

    /** As above, with lifelines {@code column} pixels apart (narrower to fit a side panel). */
    public SequenceLayout(SequenceDiagram diagram, double pxPerMs, double maxGap, double column) {
        this.diagram = diagram;
        this.column = column;
        for (int i = 0; i < diagram.nodes().size(); i++) {
            columns.put(diagram.nodes().get(i), i);
        }
        TreeSet<Long> times = new TreeSet<>();
        times.add(diagram.from());
        times.add(diagram.to());
        for (SequenceDiagram.Arrow arrow : diagram.arrows()) {
            times.add(clamp(arrow.sent()));
            times.add(clamp(arrow.end()));
        }
        diagram.marks().forEach(mark -> times.add(clamp(mark.time())));
        diagram.bands().forEach(band -> times.add(clamp(band.time())));
        instants = times.stream().mapToLong(Long::longValue).toArray();
        ys = new double[instants.length];
        double y = TOP + 12;
        for (int i = 0; i < instants.length; i++) {
            if (i > 0) {
                double natural = (instants[i] - instants[i - 1]) / 1000.0 * pxPerMs;
                if (natural > maxGap) {
                    breaks.add(new Break(instants[i - 1], instants[i], y, y + maxGap));
                    y += maxGap;
                } else {
                    y += natural;
                }
            }
            ys[i] = y;
        }
    }

    public SequenceDiagram diagram() {
        return diagram;
    }

    /** The vertical position of an instant; instants between two known ones are placed in proportion. */
    public double y(long time) {
        long t = clamp(time);
        int at = Arrays.binarySearch(instants, t);
        if (at >= 0) {
            return ys[at];
        }
        int after = -at - 1;
        if (after == 0) {
            return ys[0];
        }
        if (after >= instants.length) {
            return ys[instants.length - 1];
        }
        double share = (double) (t - instants[after - 1]) / (instants[after] - instants[after - 1]);
        return ys[after - 1] + share * (ys[after] - ys[after - 1]);
    }

    /** The instant at a vertical position (the inverse of {@link #y(long)}), for hovering and following. */
    public long time(double y) {
        if (y <= ys[0]) {
            return instants[0];
        }
        for (int i = 1; i < ys.length; i++) {
            if (y <= ys[i]) {
                double span = ys[i] - ys[i - 1];
                double share = span == 0 ? 1 : (y - ys[i - 1]) / span;
                return instants[i - 1] + Math.round(share * (instants[i] - instants[i - 1]));
            }
        }
        return instants[instants.length - 1];
    }

    /** The horizontal position of a node's lifeline. */
    public double x(NodeId node) {
        Integer index = columns.get(node);
        return LEFT + (index == null ? 0 : index) * column + column / 2;
    }

    /** How far apart the lifelines are. */
    public double column() {
        return column;
    }

    public boolean hasLifeline(NodeId node) {
        return columns.containsKey(node);
    }

    public double width() {
        return LEFT + Math.max(1, diagram.nodes().size()) * column + 16;
    }

    /** Where the lifelines end. */
    public double bottom() {
        return ys[ys.length - 1] + 12;
    }

    public double height() {
        return bottom() + BOTTOM;
    }

    public List<Break> breaks() {
        return List.copyOf(breaks);
    }

    /**
     * Where a dropped message's X is drawn: at the receiver when it got there (the receiver was down
     * or refused it), part way along when it died on the link (loss, a cut link, a partition).
     */
    public static double dropShare(SequenceDiagram.Arrow arrow) {
        return switch (arrow.drop()) {
            case "loss", "link-down", "partition", "no-route" -> 0.7;
            default -> 1.0;
        };
    }

    /** An instant or a length for the time column, to the millisecond ("13.334s"); tooltips keep the microseconds. */
    public static String label(long micros) {
        return org.clusterscope.core.SimTime.format(Math.round(micros / 1000.0) * 1000);
    }

    private long clamp(long time) {
        return Math.max(diagram.from(), Math.min(diagram.to(), time));
    }
}
