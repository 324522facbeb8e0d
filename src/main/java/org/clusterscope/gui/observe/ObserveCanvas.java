package org.clusterscope.gui.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterObserver;

/**
 * The members an observer hears, on a circle in the order they appeared: filled by role (gold
 * master, blue slave, grey joining), a ring for each beacon as it arrives, an arrow to whom a
 * member votes for, its tags under it; a Tcl member is a square without a vote; a lost member is
 * drawn hollow and grey with how it went.
 */
public final class ObserveCanvas extends Canvas {

    private static final double RADIUS = 24;
    private static final long BEACON_RING_NANOS = 600_000_000L;

    /** Where each member was last drawn, for tests that click or look. */
    private final Map<String, double[]> drawnAt = new LinkedHashMap<>();

    @Override
    public boolean isResizable() {
        return true;
    }

    public Map<String, double[]> drawnAt() {
        return Map.copyOf(drawnAt);
    }

    void draw(List<ClusterObserver.Member> members, Map<String, ObserveWindow.Gone> gone, Map<String, Long> beacons,
            long now) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.web("#fafafa"));
        g.fillRect(0, 0, w, h);
        List<String> order = new ArrayList<>();
        members.forEach(m -> order.add(m.id()));
        gone.keySet().forEach(id -> {
            if (!order.contains(id)) {
                order.add(id);
            }
        });
        drawnAt.clear();
        if (order.isEmpty()) {
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(Font.font(14));
            g.fillText("Listening… no member heard yet", w / 2, h / 2);
            return;
        }
        double cx = w / 2;
        double cy = h / 2;
        double ring = Math.max(40, Math.min(w, h) / 2 - 70);
        for (int i = 0; i < order.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / order.size();
            drawnAt.put(order.get(i), new double[] {cx + ring * Math.cos(angle), cy + ring * Math.sin(angle)});
        }
        Map<String, ClusterObserver.Member> byId = new LinkedHashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        g.setStroke(Color.web("#9e9e9e"));
        g.setLineWidth(1.5);
        for (ClusterObserver.Member m : members) {
            NodeId vote = m.vote();
            if (vote != null && !vote.value().equals(m.id()) && drawnAt.containsKey(vote.value())) {
                arrow(g, drawnAt.get(m.id()), drawnAt.get(vote.value()));
            }
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (String id : order) {
            double[] at = drawnAt.get(id);
            ClusterObserver.Member m = byId.get(id);
            if (m == null) {
                ObserveWindow.Gone why = gone.get(id);
                g.setStroke(Color.web("#bdbdbd"));
                g.setLineDashes(4, 4);
                g.strokeOval(at[0] - RADIUS, at[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
                g.setLineDashes((double[]) null);
                g.setFill(Color.web("#9e9e9e"));
                g.setFont(Font.font(13));
                g.fillText(id, at[0], at[1]);
                g.fillText(why == null ? "lost" : why.why(), at[0], at[1] + RADIUS + 12);
                continue;
            }
            Long beacon = beacons.get(id);
            if (beacon != null && now - beacon < BEACON_RING_NANOS) {
                double age = (now - beacon) / (double) BEACON_RING_NANOS;
                g.setStroke(Color.color(0.2, 0.5, 0.9, 1 - age));
                g.setLineWidth(2);
                double r = RADIUS + 4 + age * 18;
                g.strokeOval(at[0] - r, at[1] - r, 2 * r, 2 * r);
            }
            g.setFill(fill(m));
            g.setStroke(Color.web("#424242"));
            g.setLineWidth(1.5);
            if (m.tcl()) {
                g.fillRect(at[0] - RADIUS, at[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
                g.strokeRect(at[0] - RADIUS, at[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
            } else {
                g.fillOval(at[0] - RADIUS, at[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
                g.strokeOval(at[0] - RADIUS, at[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
            }
            g.setFill(Color.BLACK);
            g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
            g.fillText(id, at[0], at[1]);
            g.setFont(Font.font(11));
            String role = m.tcl() ? "Tcl member, no vote"
                    : (m.state() == NodeState.MASTER ? "MASTER" : m.state().jsonName()) + " · port " + m.port()
                            + " · votes " + (m.vote() == null ? "–" : m.vote().value());
            g.fillText(role, at[0], at[1] + RADIUS + 12);
            if (!m.tags().isEmpty()) {
                g.setFill(Color.web("#6a1b9a"));
                g.fillText("tags " + String.join(",", m.tags()), at[0], at[1] + RADIUS + 26);
            }
        }
    }

    private static Color fill(ClusterObserver.Member m) {
        if (m.tcl()) {
            return Color.web("#e0f2f1");
        }
        return switch (m.state()) {
            case MASTER -> Color.web("#ffca28");
            case SLAVE -> Color.web("#90caf9");
            case JOINING -> Color.web("#e0e0e0");
            default -> Color.web("#eeeeee");
        };
    }

    private static void arrow(GraphicsContext g, double[] from, double[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.hypot(dx, dy);
        if (length < 2 * RADIUS + 4) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double x1 = from[0] + ux * RADIUS;
        double y1 = from[1] + uy * RADIUS;
        double x2 = to[0] - ux * (RADIUS + 3);
        double y2 = to[1] - uy * (RADIUS + 3);
        g.strokeLine(x1, y1, x2, y2);
        g.strokeLine(x2, y2, x2 - 9 * ux + 5 * uy, y2 - 9 * uy - 5 * ux);
        g.strokeLine(x2, y2, x2 - 9 * ux - 5 * uy, y2 - 9 * uy + 5 * ux);
    }
}
