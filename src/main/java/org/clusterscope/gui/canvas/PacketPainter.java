package org.clusterscope.gui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;

import org.clusterscope.gui.bridge.Drop;
import org.clusterscope.gui.bridge.Flight;

/**
 * Packets on the links, each kind drawn its own way: beacon — a green dot with a halo (the
 * pulse); probe — a purple diamond; vote — an orange arrowhead pointing where it goes; goodbye —
 * a brown square; ping — a hollow red ring; anything else — a small grey square. Dropped packets
 * are a red X where they died, fading out over {@link #DROP_FADE_NANOS}.
 */
final class PacketPainter {

    /** How far any packet's shape reaches from its centre, in units of {@code s} (a vote's tip, a halo). */
    static final double REACH = 1.8;

    static final long DROP_FADE_NANOS = 1_200_000_000L;
    /** Above this many packets in flight the beacons' halos are left out: the dots still show. */
    static final int MAX_HALOS = 400;

    private PacketPainter() {
    }

    /** The size unit of a packet on screen at this zoom: a beacon's radius. */
    static double size(DrawModel model, double scale) {
        return Math.max(2.5, 5 * scale) * (model.presentation() ? 1.4 : 1);
    }

    static double lineWidth(double scale) {
        return Math.max(1, 1.5 * scale);
    }

    /** The packet kind of GDB sync, drawn on a layer of its own ({@link Layer#GDB_SYNC}). */
    static final String GDB_SYNC = "gdb.sync";

    /** Whether beacons get their halo in this frame. */
    static boolean halos(DrawModel model) {
        return model.live().flights().size() <= MAX_HALOS;
    }

    static void paintFlights(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        double s = size(model, scale);
        Map<String, List<double[]>> byKind = new LinkedHashMap<>();
        boolean syncs = model.shows(Layer.GDB_SYNC);
        for (Flight flight : model.live().flights()) {
            if (!syncs && flight.kind().equals(GDB_SYNC)) {
                continue;
            }
            double[] a = index.at(flight.from());
            double[] b = index.at(flight.to());
            if (a == null || b == null) {
                continue;
            }
            double t = flight.progress(model.drawTime());
            byKind.computeIfAbsent(flight.kind(), kind -> new ArrayList<>()).add(new double[] {
                a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, b[0] - a[0], b[1] - a[1]});
        }
        gc.setLineDashes();
        gc.setLineWidth(lineWidth(scale));
        boolean halos = halos(model);
        // one path per kind (and per style within a kind), filled or stroked once
        byKind.forEach((kind, points) -> {
            gc.setFill(Palette.packet(kind));
            gc.setStroke(Palette.packet(kind));
            if (kind.equals("beacon") && halos) {
                gc.setGlobalAlpha(0.3);
                gc.beginPath();
                points.forEach(p -> Paths.circle(gc, p[0], p[1], 1.8 * s));
                gc.fill();
                gc.setGlobalAlpha(1);
            }
            gc.beginPath();
            for (double[] p : points) {
                addShape(gc, kind, p[0], p[1], p[2], p[3], s);
            }
            if (stroked(kind)) {
                gc.stroke();
            } else {
                gc.fill();
            }
        });
    }

    /**
     * Draws one packet the way {@link #paintFlights} draws each of many (also used to render the
     * sprites of crowded frames, so both look the same); line width set by the caller.
     */
    static void flight(GraphicsContext gc, String kind, double x, double y, double dx, double dy, double s,
            boolean halo) {
        gc.setFill(Palette.packet(kind));
        gc.setStroke(Palette.packet(kind));
        if (kind.equals("beacon") && halo) {
            gc.setGlobalAlpha(0.3);
            gc.beginPath();
            Paths.circle(gc, x, y, 1.8 * s);
            gc.fill();
            gc.setGlobalAlpha(1);
        }
        gc.beginPath();
        addShape(gc, kind, x, y, dx, dy, s);
        if (stroked(kind)) {
            gc.stroke();
        } else {
            gc.fill();
        }
    }

    private static void addShape(GraphicsContext gc, String kind, double x, double y, double dx, double dy,
            double s) {
        switch (kind) {
            case "beacon" -> Paths.circle(gc, x, y, s);
            case "probe", "discovery" -> Paths.diamond(gc, x, y, 1.3 * s);
            case "vote" -> Paths.arrowHead(gc, x, y, dx, dy, 1.8 * s);
            case "goodbye" -> Paths.square(gc, x, y, s);
            case "ping" -> Paths.circle(gc, x, y, 1.2 * s);
            case "gdb.sync" -> Paths.triangle(gc, x, y, 1.2 * s);
            default -> Paths.square(gc, x, y, 0.8 * s);
        }
    }

    /** Whether a kind is drawn as an outline (a ping's ring) rather than filled. */
    static boolean stroked(String kind) {
        return kind.equals("ping");
    }

    /** The size unit of a drop mark: half the arm of its X. */
    static double dropSize(DrawModel model, double scale) {
        return Math.max(3, 6 * scale) * (model.presentation() ? 1.4 : 1);
    }

    static double dropLineWidth(double scale) {
        return Math.max(1.5, 2.5 * scale);
    }

    /** Which of the four fading steps a drop is in at wall instant {@code wallNow}; -1 once faded out. */
    static int fadeStep(Drop drop, long wallNow) {
        double age = Math.max(0, (wallNow - drop.wallNanos()) / (double) DROP_FADE_NANOS);
        return age >= 1 ? -1 : (int) (age * 4);
    }

    /** Where a drop's mark sits: a third of the way along the link it died on, clear of the node. */
    static double[] dropAt(Drop drop, ScreenIndex index) {
        double[] a = index.at(drop.at());
        if (a == null) {
            return null;
        }
        double[] b = index.at(drop.next());
        if (b == null) {
            return a;
        }
        return new double[] {a[0] + (b[0] - a[0]) * 0.35, a[1] + (b[1] - a[1]) * 0.35};
    }

    /** One drop mark at fading step {@code step}; line width and colour set here. */
    static void drop(GraphicsContext gc, double x, double y, double s, double lineWidth, int step) {
        gc.setStroke(Palette.DROP);
        gc.setLineWidth(lineWidth);
        gc.setGlobalAlpha(1 - step * 0.25);
        gc.beginPath();
        Paths.cross(gc, x, y, s);
        gc.stroke();
        gc.setGlobalAlpha(1);
    }

    static void shape(GraphicsContext gc, String kind, double x, double y, double dx, double dy, double s) {
        gc.setFill(Palette.packet(kind));
        gc.setStroke(Palette.packet(kind));
        switch (kind) {
            case "beacon" -> {
                gc.setGlobalAlpha(0.3);
                gc.fillOval(x - 1.8 * s, y - 1.8 * s, 3.6 * s, 3.6 * s);
                gc.setGlobalAlpha(1);
                gc.fillOval(x - s, y - s, 2 * s, 2 * s);
            }
            case "probe", "discovery" -> gc.fillPolygon(
                    new double[] {x, x + 1.3 * s, x, x - 1.3 * s}, new double[] {y - 1.3 * s, y, y + 1.3 * s, y}, 4);
            case "vote" -> arrowHead(gc, x, y, dx, dy, 1.8 * s);
            case "goodbye" -> gc.fillRect(x - s, y - s, 2 * s, 2 * s);
            case "ping" -> gc.strokeOval(x - 1.2 * s, y - 1.2 * s, 2.4 * s, 2.4 * s);
            case GDB_SYNC -> gc.fillPolygon(new double[] {x, x + 1.32 * s, x - 1.32 * s},
                    new double[] {y - 1.44 * s, y + 0.96 * s, y + 0.96 * s}, 3);
            default -> gc.fillRect(x - 0.8 * s, y - 0.8 * s, 1.6 * s, 1.6 * s);
        }
    }

    static void arrowHead(GraphicsContext gc, double x, double y, double dx, double dy, double size) {
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double[] xs = {x + ux * size, x - ux * size * 0.6 - uy * size * 0.7, x - ux * size * 0.6 + uy * size * 0.7};
        double[] ys = {y + uy * size, y - uy * size * 0.6 + ux * size * 0.7, y - uy * size * 0.6 - ux * size * 0.7};
        gc.fillPolygon(xs, ys, 3);
    }

    static void paintDrops(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale, long wallNow) {
        double s = dropSize(model, scale);
        gc.setStroke(Palette.DROP);
        gc.setLineWidth(dropLineWidth(scale));
        gc.setLineDashes();
        // fading in four steps keeps the marks in four paths
        List<List<double[]>> byFade = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Drop drop : model.live().drops()) {
            double[] at = dropAt(drop, index);
            int step = fadeStep(drop, wallNow);
            if (at != null && step >= 0) {
                byFade.get(step).add(at);
            }
        }
        for (int step = 0; step < 4; step++) {
            if (byFade.get(step).isEmpty()) {
                continue;
            }
            gc.setGlobalAlpha(1 - step * 0.25);
            gc.beginPath();
            byFade.get(step).forEach(p -> Paths.cross(gc, p[0], p[1], s));
            gc.stroke();
        }
        gc.setGlobalAlpha(1);
    }
}
