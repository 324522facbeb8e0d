package org.clusterscope.gui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.clusterscope.core.NodeId;

/**
 * Shades each group of a partition into disjoint parts in its own colour: one path made of a disc around each member,
 * filled once (non-zero winding), so overlapping discs merge into a blob of even tone. A letter
 * (A, B, …) labels each group, so the split also reads in black and white.
 */
final class PartitionPainter {

    /**
     * Above this many nodes the shading is filled opaque in the colour it would take over the
     * background, which the software renderer blends much faster; only where two groups' discs
     * overlap does the later group cover the earlier instead of mixing with it.
     */
    static final int OPAQUE_NODES = 60;
    static final double SHADE_ALPHA = 0.22;

    private PartitionPainter() {
    }

    static void paint(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        List<List<NodeId>> groups = model.live().partition();
        if (groups.size() < 2) {
            return;
        }
        if (model.live().partitionOverlaps()) {
            paintOverlapLabel(gc, model, index, scale, groups);
            return;
        }
        double radius = model.nodeRadius() * 2.6 * scale;
        gc.setFillRule(FillRule.NON_ZERO);
        boolean opaque = model.nodes().size() > OPAQUE_NODES;
        double fontSize = Math.max(10, 15 * scale);
        List<double[]> placed = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (opaque) {
                gc.setFill(Palette.BACKGROUND.interpolate(Palette.group(g), SHADE_ALPHA));
            } else {
                gc.setFill(Palette.group(g));
                gc.setGlobalAlpha(SHADE_ALPHA);
            }
            gc.beginPath();
            // the group's extreme nodes: top, bottom, left, right, each as {x, y}
            double[][] extremes = null;
            for (NodeId id : groups.get(g)) {
                double[] p = index.at(id);
                if (p == null) {
                    continue;
                }
                gc.moveTo(p[0] + radius, p[1]);
                gc.arc(p[0], p[1], radius, radius, 0, 360);
                gc.closePath();
                if (extremes == null) {
                    extremes = new double[][] {p, p, p, p};
                } else {
                    extremes[0] = p[1] < extremes[0][1] ? p : extremes[0];
                    extremes[1] = p[1] > extremes[1][1] ? p : extremes[1];
                    extremes[2] = p[0] < extremes[2][0] ? p : extremes[2];
                    extremes[3] = p[0] > extremes[3][0] ? p : extremes[3];
                }
            }
            gc.fill();
            gc.setGlobalAlpha(1);
            if (extremes != null) {
                String label = "part " + (char) ('A' + g);
                double clear = model.nodeRadius() * scale * 1.8 + 2;
                double[] at = labelPlace(extremes, radius, clear, fontSize, label.length() * fontSize * 0.62, placed);
                gc.setFill(Palette.group(g).darker());
                gc.setFont(Font.font("System", FontWeight.BOLD, fontSize));
                gc.setTextAlign(TextAlignment.CENTER);
                gc.fillText(label, at[0], at[1]);
            }
        }
        gc.setGlobalAlpha(1);
    }

    /**
     * Groups that share nodes (bridge, majorities-ring; PROTOCOL.md §6) leave the network connected:
     * there are no parts to shade, only cut links, which the link painter draws dashed red. One
     * label names the pattern, clear of every node.
     */
    private static void paintOverlapLabel(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale,
            List<List<NodeId>> groups) {
        List<double[]> points = new ArrayList<>();
        for (List<NodeId> group : groups) {
            for (NodeId id : group) {
                double[] p = index.at(id);
                if (p != null) {
                    points.add(p);
                }
            }
        }
        if (points.isEmpty()) {
            return;
        }
        double fontSize = Math.max(10, 15 * scale);
        String label = overlapLabel(model.live().partitionName(), groups);
        double clear = model.nodeRadius() * scale * 1.8 + 2;
        double width = label.length() * fontSize * 0.62;
        double[] at = overlapLabelPlace(points, clear, fontSize, width, gc.getCanvas().getHeight());
        gc.setFill(Palette.group(0).darker());
        gc.setFont(Font.font("System", FontWeight.BOLD, fontSize));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, at[0], at[1]);
    }

    /**
     * The one label of an overlapping partition: the pattern's name and how many groups overlap,
     * e.g. "majorities-ring: 5 overlapping majorities"; a group that shares no node (the nodes
     * not running, cut off from all) is not counted.
     */
    static String overlapLabel(String name, List<List<NodeId>> groups) {
        int overlapping = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<NodeId> group = groups.get(g);
            boolean shares = false;
            for (int h = 0; h < groups.size() && !shares; h++) {
                if (h != g) {
                    List<NodeId> other = groups.get(h);
                    shares = group.stream().anyMatch(other::contains);
                }
            }
            overlapping += shares ? 1 : 0;
        }
        String title = name == null || name.isBlank() ? "partition" : name;
        String what = "majorities-ring".equals(title) ? "majorities" : "groups";
        return title + ": " + overlapping + " overlapping " + what;
    }

    /**
     * Where the one overlap label goes: centred over all nodes, above the topmost node's disc and
     * crown ({@code clear} from its centre); below the lowest node when there is no room above.
     * Returns the text's baseline centre.
     */
    static double[] overlapLabelPlace(List<double[]> points, double clear, double fontSize, double width,
            double canvasHeight) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double x = (minX + maxX) / 2;
        double above = minY - clear - 4;
        if (above - fontSize >= 0 || canvasHeight <= 0) {
            return new double[] {x, above};
        }
        return new double[] {x, maxY + clear + fontSize + 4};
    }

    /**
     * Where a group's label goes: above its topmost node, unless another group's label is there
     * already (two halves of a ring both reach the top); then below its lowest node, left of its
     * leftmost or right of its rightmost, the first place that is free; {@code clear} is how far
     * from a node's centre its disc and crown reach. Returns the text's baseline centre and
     * records the label's box in {@code placed}.
     */
    static double[] labelPlace(double[][] extremes, double radius, double clear, double fontSize,
            double width, List<double[]> placed) {
        // clear of the node and its crown, inside the shading where there is room
        double[][] candidates = {
            {extremes[0][0], extremes[0][1] - Math.max(radius - fontSize, clear)},
            {extremes[1][0], extremes[1][1] + Math.max(radius, clear + fontSize)},
            {extremes[2][0] - radius - width / 2, extremes[2][1] + fontSize / 2},
            {extremes[3][0] + radius + width / 2, extremes[3][1] + fontSize / 2},
        };
        for (double[] c : candidates) {
            double[] box = {c[0] - width / 2, c[1] - fontSize, c[0] + width / 2, c[1]};
            if (placed.stream().noneMatch(other -> overlaps(box, other))) {
                placed.add(box);
                return c;
            }
        }
        double[] c = candidates[0];
        placed.add(new double[] {c[0] - width / 2, c[1] - fontSize, c[0] + width / 2, c[1]});
        return c;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
