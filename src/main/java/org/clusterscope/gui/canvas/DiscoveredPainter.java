package org.clusterscope.gui.canvas;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.clusterscope.gui.bridge.OverlayLive;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.LinkKey;

/**
 * Public mode on the canvas (PROTOCOL.md §8): discovered links thinner than the file's links,
 * dashed and in a colour of their own, growing in from their middle when they open and fading
 * out when they close; a connection request as a brief dashed arc from the asker to the
 * candidate, blue while it waits, green when accepted, grey when refused; and a key for both
 * just above the legend. A discovered link the editor holds as a file link (Edit ▸ Keep
 * Discovered Links) is drawn as a file link only.
 */
final class DiscoveredPainter {

    /** Okabe–Ito reddish purple: apart from the grey file links, the red down links and every packet. */
    static final Color DISCOVERED = Color.web("#cc79a7");
    static final Color ASKED = Color.web("#0072b2");
    static final Color ACCEPTED = Color.web("#009e73");
    static final Color REFUSED = Color.web("#9aa0a6");

    private DiscoveredPainter() {
    }

    /** The colour of a request's arc. */
    static Color colour(OverlayLive.Outcome outcome) {
        return switch (outcome) {
            case PENDING -> ASKED;
            case ACCEPTED -> ACCEPTED;
            case REFUSED -> REFUSED;
        };
    }

    /** The width of a discovered link: two thirds of a file link's, so the two read apart. */
    static double width(DrawModel model, double scale) {
        return Math.max(1, 2 * scale) * (model.presentation() ? 1.5 : 1) * 0.6;
    }

    static void paint(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale, long wallNow) {
        OverlayLive overlay = model.live().overlay();
        if (overlay.isEmpty() || !model.shows(Layer.LINKS)) {
            return;
        }
        Set<LinkKey> kept = new HashSet<>();
        for (DocLink link : model.links()) {
            kept.add(link.key());
        }
        double width = width(model, scale);
        gc.setLineDashes(5 * scale, 4 * scale);
        gc.setStroke(DISCOVERED);
        gc.setLineWidth(width);
        for (Map.Entry<LinkKey, Long> link : overlay.discovered().entrySet()) {
            if (!kept.contains(link.getKey())) {
                segment(gc, index, link.getKey(), OverlayLive.appear(link.getValue(), wallNow));
            }
        }
        for (OverlayLive.Closed closed : overlay.closed()) {
            if (!kept.contains(closed.key())) {
                segment(gc, index, closed.key(), OverlayLive.vanish(closed.wallNanos(), wallNow));
            }
        }
        gc.setGlobalAlpha(1);
        gc.setLineDashes(3 * scale, 3 * scale);
        for (OverlayLive.Request request : overlay.requests()) {
            if (OverlayLive.shown(request, wallNow)) {
                arc(gc, index, request, scale, model.nodeRadius() * scale, wallNow);
            }
        }
        gc.setGlobalAlpha(1);
        gc.setLineDashes();
    }

    /** A link drawn out from its middle to {@code fraction} of its length, as faint as it is short. */
    private static void segment(GraphicsContext gc, ScreenIndex index, LinkKey key, double fraction) {
        double[] a = index.at(key.a());
        double[] b = index.at(key.b());
        if (a == null || b == null || fraction <= 0) {
            return;
        }
        double mx = (a[0] + b[0]) / 2;
        double my = (a[1] + b[1]) / 2;
        double hx = (b[0] - a[0]) / 2 * fraction;
        double hy = (b[1] - a[1]) / 2 * fraction;
        gc.setGlobalAlpha(0.35 + 0.65 * fraction);
        gc.strokeLine(mx - hx, my - hy, mx + hx, my + hy);
    }

    /** A dashed arc bulging to the asker's left, with an arrow head at the candidate, fading once answered. */
    private static void arc(GraphicsContext gc, ScreenIndex index, OverlayLive.Request request, double scale,
            double nodeRadius, long wallNow) {
        double[] a = index.at(request.from());
        double[] b = index.at(request.to());
        if (a == null || b == null) {
            return;
        }
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double cx = (a[0] + b[0]) / 2 - dy * 0.2;
        double cy = (a[1] + b[1]) / 2 + dx * 0.2;
        double alpha = request.outcome() == OverlayLive.Outcome.PENDING ? 0.9
                : 0.9 * (1 - Math.min(1, (wallNow - request.answeredNanos()) / (double) OverlayLive.ANSWERED_NANOS));
        Color colour = colour(request.outcome());
        gc.setGlobalAlpha(Math.max(0.15, alpha));
        gc.setStroke(colour);
        gc.setLineWidth(Math.max(1.2, 1.6 * scale));
        gc.beginPath();
        gc.moveTo(a[0], a[1]);
        gc.quadraticCurveTo(cx, cy, b[0], b[1]);
        gc.stroke();
        // the head points along the curve's last stretch, from the control point to the candidate
        double ex = b[0] - cx;
        double ey = b[1] - cy;
        double e = Math.hypot(ex, ey);
        double size = Math.max(5, 7 * scale);
        double r = nodeRadius + size;
        gc.setFill(colour);
        gc.beginPath();
        Paths.arrowHead(gc, b[0] - ex / e * r, b[1] - ey / e * r, ex / e, ey / e, size);
        gc.fill();
    }

    /** The key of public mode's marks, a small box just above the legend, shown once the run has an overlay. */
    static void paintKey(GraphicsContext gc, double height, DrawModel model, boolean aggregated) {
        if (model.live().overlay().isEmpty() || !model.shows(Layer.LEGEND)) {
            return;
        }
        boolean presentation = model.presentation();
        double k = presentation ? 1.35 : 1;
        double row = 19 * k;
        double width = LegendPainter.width(presentation);
        double boxHeight = 2 * row + 10 * k;
        double x0 = 10;
        double y0 = height - LegendPainter.height(presentation, aggregated) - 10 - 6 - boxHeight;
        gc.setLineDashes();
        gc.setGlobalAlpha(0.88);
        gc.setFill(Color.WHITE);
        gc.fillRoundRect(x0, y0, width, boxHeight, 10, 10);
        gc.setGlobalAlpha(1);
        gc.setStroke(Color.web("#d6dae1"));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x0, y0, width, boxHeight, 10, 10);
        gc.setFont(Font.font("System", 11 * k));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double column = x0 + 16 * k;
        double y = y0 + 5 * k + row * 0.5;
        gc.setStroke(DISCOVERED);
        gc.setLineWidth(1.4 * k);
        gc.setLineDashes(5, 4);
        gc.strokeLine(column - 8 * k, y, column + 8 * k, y);
        gc.setFill(Palette.INK);
        gc.fillText("discovered link (public mode)", column + 14 * k, y);
        y += row;
        double x = column - 8 * k;
        gc.setLineDashes(3, 3);
        for (OverlayLive.Outcome outcome : OverlayLive.Outcome.values()) {
            gc.setStroke(colour(outcome));
            gc.strokeLine(x, y, x + 12 * k, y);
            x += 16 * k;
        }
        gc.setLineDashes();
        gc.setFill(Palette.INK);
        gc.fillText("request: asked, accepted, refused", x + 2 * k, y);
        gc.setTextBaseline(VPos.BASELINE);
    }
}
