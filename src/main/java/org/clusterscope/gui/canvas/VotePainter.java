package org.clusterscope.gui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;

import org.clusterscope.gui.bridge.NodeLive;

/**
 * Votes as curved orange arrows from each running voter to the node it votes for, straight
 * through the air (a vote is a belief, not a path), bent a little so two opposite votes do
 * not overlap. A node voting for itself gets no arrow. All curves go into one path, all heads
 * into another.
 */
final class VotePainter {

    /**
     * Above this many votes the long curves would cover the canvas (and cost the renderer most
     * of a frame): each vote becomes a short straight arrow leaving the voter towards its choice.
     */
    static final int MAX_CURVES = 60;

    private VotePainter() {
    }

    static void paint(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        double r = model.nodeRadius() * scale;
        gc.setStroke(Palette.VOTE);
        gc.setFill(Palette.VOTE);
        gc.setLineWidth(Math.max(1.2, 2.2 * scale) * (model.presentation() ? 1.4 : 1));
        gc.setLineDashes();
        gc.setGlobalAlpha(0.85);
        double head = 8 * scale * (model.presentation() ? 1.4 : 1);
        List<double[]> heads = new ArrayList<>();
        boolean stubs = model.live().nodes().size() > MAX_CURVES;
        double stub = 2.2 * r;
        gc.beginPath();
        for (Arrow arrow : arrows(model, index, scale)) {
            double sx = arrow.sx();
            double sy = arrow.sy();
            double ex = arrow.ex();
            double ey = arrow.ey();
            double ux = arrow.ux();
            double uy = arrow.uy();
            if (stubs) {
                double reach = Math.min(stub, Math.hypot(ex - sx, ey - sy));
                double tx = sx + ux * reach;
                double ty = sy + uy * reach;
                gc.moveTo(sx, sy);
                gc.lineTo(tx, ty);
                heads.add(new double[] {tx, ty, ux, uy});
                continue;
            }
            double bend = Math.min(40 * scale, arrow.length() * 0.15);
            double cx = (sx + ex) / 2 - uy * bend;
            double cy = (sy + ey) / 2 + ux * bend;
            gc.moveTo(sx, sy);
            gc.quadraticCurveTo(cx, cy, ex, ey);
            heads.add(new double[] {ex, ey, ex - cx, ey - cy});
        }
        gc.stroke();
        gc.beginPath();
        for (double[] h : heads) {
            Paths.arrowHead(gc, h[0], h[1], h[2], h[3], head);
        }
        gc.fill();
        gc.setGlobalAlpha(1);
    }

    /**
     * One vote on screen: it leaves the voter's rim at ({@code sx}, {@code sy}) and ends short of
     * the candidate's, leaving room for the head, at ({@code ex}, {@code ey}); ({@code ux},
     * {@code uy}) is the unit direction and {@code length} the distance between the two centres.
     */
    record Arrow(double sx, double sy, double ex, double ey, double ux, double uy, double length) {
    }

    /**
     * The votes to draw, shared with {@link VoteStamps} so that both draw the same arrows: every
     * running voter's vote for another node, when both are on the canvas and far enough apart.
     */
    static List<Arrow> arrows(DrawModel model, ScreenIndex index, double scale) {
        double r = model.nodeRadius() * scale;
        List<Arrow> arrows = new ArrayList<>();
        for (NodeLive node : model.live().nodes().values()) {
            if (node.vote() == null || node.vote().equals(node.id()) || !node.state().isRunning()) {
                continue;
            }
            double[] a = index.at(node.id());
            double[] b = index.at(node.vote());
            if (a == null || b == null) {
                continue;
            }
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double length = Math.hypot(dx, dy);
            if (length < 2 * r + 4) {
                continue;
            }
            double ux = dx / length;
            double uy = dy / length;
            arrows.add(new Arrow(a[0] + ux * (r + 2), a[1] + uy * (r + 2), b[0] - ux * (r + 9 * scale),
                    b[1] - uy * (r + 9 * scale), ux, uy, length));
        }
        return arrows;
    }
}
