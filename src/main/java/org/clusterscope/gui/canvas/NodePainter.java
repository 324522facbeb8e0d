package org.clusterscope.gui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;

import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.doc.DocNode;

/**
 * Nodes by state, each with a shape of its own so the picture reads in black and white:
 * master — gold, double ring and a crown; slave — solid blue disc; joining — pale disc with a
 * dashed rim; dispatched — hollow grey disc struck through; down — black disc with a white X.
 * A node not yet simulated (the editor before play) is a plain white disc.
 */
final class NodePainter {

    /** Above this many nodes, each node is stamped from a pre-rendered image of its state. */
    static final int SPRITE_NODES = 60;
    /** Below this on-screen radius (pixels) the port under a node is too small to read: skipped. */
    static final double PORT_LABEL_RADIUS = 14;

    private static final NodeSprites SPRITES = new NodeSprites();

    private NodePainter() {
    }

    static void paint(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        double r = model.nodeRadius() * scale;
        Map<NodeState, List<double[]>> byState = new LinkedHashMap<>();
        List<double[]> design = new ArrayList<>();
        List<double[]> selected = new ArrayList<>();
        for (DocNode node : model.nodes()) {
            double[] p = index.at(node.id());
            NodeLive live = model.live().nodes().get(node.id());
            if (live == null) {
                design.add(p);
            } else {
                byState.computeIfAbsent(live.state(), state -> new ArrayList<>()).add(p);
            }
            if (model.selectedNodes().contains(node.id())) {
                selected.add(p);
            }
        }
        double lineWidth = Math.max(1, 2 * scale);
        gc.setLineDashes();
        if (!selected.isEmpty()) {
            gc.setFill(Palette.SELECTION);
            gc.setGlobalAlpha(0.35);
            gc.beginPath();
            selected.forEach(p -> Paths.circle(gc, p[0], p[1], r + 7 * scale));
            gc.fill();
            gc.setGlobalAlpha(1);
        }
        if (model.nodes().size() > SPRITE_NODES) {
            // a software renderer pays per vector shape; one image per node is several times cheaper
            stamp(gc, null, design, r, scale);
            byState.forEach((state, points) -> stamp(gc, state, points, r, scale));
        } else {
            // one fill and one stroke per state (STYLE: shapes, not colour alone, tell states apart)
            discs(gc, null, design, r, lineWidth, scale);
            byState.forEach((state, points) -> discs(gc, state, points, r, lineWidth, scale));
        }
        if (labelled(model, r)) {
            labels(gc, model, index, r, scale);
        }
    }

    private static void stamp(GraphicsContext gc, NodeState state, List<double[]> points, double r, double scale) {
        if (points.isEmpty()) {
            return;
        }
        NodeSprites.Sprite sprite = SPRITES.of(state, r, scale);
        for (double[] p : points) {
            gc.drawImage(sprite.image(), Math.round(p[0]) - sprite.centre(), Math.round(p[1]) - sprite.centre());
        }
    }

    private static void discs(GraphicsContext gc, NodeState state, List<double[]> points, double r, double lineWidth,
            double scale) {
        if (points.isEmpty()) {
            return;
        }
        gc.setLineWidth(lineWidth);
        gc.setStroke(Palette.outline(state));
        if (state == NodeState.MASTER) {
            double outer = r + 5 * scale;
            gc.beginPath();
            points.forEach(p -> Paths.circle(gc, p[0], p[1], outer));
            gc.stroke();
            points.forEach(p -> crown(gc, p[0], p[1] - outer - 2 * scale, r * 0.9));
            gc.setStroke(Palette.outline(state));
        }
        gc.setFill(Palette.fill(state));
        gc.beginPath();
        points.forEach(p -> Paths.circle(gc, p[0], p[1], r));
        gc.fill();
        if (state == NodeState.JOINING) {
            gc.setLineDashes(4 * scale, 3 * scale);
        }
        gc.stroke();
        gc.setLineDashes();
        if (state == NodeState.DISPATCHED) {
            double d = r * 0.75;
            gc.beginPath();
            points.forEach(p -> Paths.line(gc, p[0] - d, p[1] + d, p[0] + d, p[1] - d));
            gc.stroke();
        } else if (state == NodeState.DOWN) {
            double d = r * 0.65;
            gc.setStroke(Color.web("#9a9a9a"));
            gc.beginPath();
            points.forEach(p -> Paths.cross(gc, p[0], p[1], d));
            gc.stroke();
        }
    }

    static Font idFont(double r) {
        return Font.font("System", FontWeight.BOLD, Math.max(8, r * 0.72));
    }

    static Font portFont(double r) {
        return Font.font("System", Math.max(8, r * 0.6));
    }

    /** How far below a node's centre its port is written. */
    static double portBelow(DrawModel model, boolean master, double r, double scale) {
        return r + (master ? 14 : 9) * scale * (model.presentation() ? 1.3 : 1);
    }

    /** How far a node's image reaches from its centre: the master's outer ring and crown, room for a halo. */
    static double bodyReach(double r, double scale) {
        return 2 * r + 12 * scale + 4;
    }

    /** Whether node ids are written on the nodes at this on-screen radius. */
    static boolean labelled(DrawModel model, double r) {
        return model.shows(Layer.LABELS) && r >= 7;
    }

    private static void labels(GraphicsContext gc, DrawModel model, ScreenIndex index, double r, double scale) {
        Font portFont = portFont(r);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (DocNode node : model.nodes()) {
            double[] p = index.at(node.id());
            NodeLive live = model.live().nodes().get(node.id());
            gc.setFill(Palette.text(live == null ? null : live.state()));
            // a long id is shrunk or cut short to stay on its disc; the tooltip has it whole
            NodeLabel label = NodeLabel.fit(node.id().value(), r);
            gc.setFont(label.font());
            gc.fillText(label.text(), p[0], p[1]);
        }
        if (r < PORT_LABEL_RADIUS) {
            gc.setTextBaseline(VPos.BASELINE);
            return;
        }
        gc.setFont(portFont);
        gc.setFill(Palette.MUTED);
        for (DocNode node : model.nodes()) {
            double[] p = index.at(node.id());
            NodeLive live = model.live().nodes().get(node.id());
            boolean master = live != null && live.state() == NodeState.MASTER;
            double below = portBelow(model, master, r, scale);
            gc.fillText(":" + (live == null ? node.port() : live.port()), p[0], p[1] + below);
        }
        gc.setTextBaseline(VPos.BASELINE);
    }

    static void body(GraphicsContext gc, NodeState state, double x, double y, double r, double scale) {
        gc.setFill(Palette.fill(state));
        gc.setStroke(Palette.outline(state));
        gc.setLineWidth(Math.max(1, 2 * scale));
        gc.setLineDashes();
        if (state == NodeState.MASTER) {
            double outer = r + 5 * scale;
            gc.strokeOval(x - outer, y - outer, 2 * outer, 2 * outer);
            crown(gc, x, y - outer - 2 * scale, r * 0.9);
            gc.setFill(Palette.fill(state));
            gc.setStroke(Palette.outline(state));
        }
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        if (state == NodeState.JOINING) {
            gc.setLineDashes(4 * scale, 3 * scale);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setLineDashes();
        } else {
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (state == NodeState.DISPATCHED) {
            double d = r * 0.75;
            gc.strokeLine(x - d, y + d, x + d, y - d);
        } else if (state == NodeState.DOWN) {
            double d = r * 0.45;
            gc.setStroke(javafx.scene.paint.Color.web("#9a9a9a"));
            gc.strokeLine(x - d - r * 0.2, y - d - r * 0.2, x + d + r * 0.2, y + d + r * 0.2);
            gc.strokeLine(x - d - r * 0.2, y + d + r * 0.2, x + d + r * 0.2, y - d - r * 0.2);
        }
    }

    /** A three-pointed crown standing on the master's outer ring. */
    private static void crown(GraphicsContext gc, double cx, double base, double size) {
        double w = size;
        double h = size * 0.62;
        double[] xs = {cx - w / 2, cx - w / 2, cx - w / 4, cx, cx + w / 4, cx + w / 2, cx + w / 2};
        double[] ys = {base, base - h, base - h * 0.45, base - h * 1.05, base - h * 0.45, base - h, base};
        gc.setFill(Palette.fill(NodeState.MASTER));
        gc.fillPolygon(xs, ys, xs.length);
        gc.strokePolygon(xs, ys, xs.length);
    }
}
