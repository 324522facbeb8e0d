package org.clusterscope.gui.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * Draws one {@link DrawModel} on a canvas, back to front: partitions, links (with traffic glow),
 * votes, packets, drops, nodes, the tool overlay. It reads only the immutable model, never the
 * simulation, so it is safe on the FX thread and cheap to benchmark.
 *
 * <p>When traffic is too dense to follow packet by packet (more than {@link #MAX_FLIGHTS} in
 * flight, or faster than {@link #MAX_PACKET_SPEED}×), packets are not silently skipped: the
 * links glow by their rate instead.
 *
 * <p>Crowded frames (hundreds of nodes, links or packets) are drawn with less detail, each
 * painter deciding by its own count: node images instead of vector discs, short vote arrows,
 * solid instead of dashed links, no beacon halos. See the thresholds in each painter.
 */
public final class CanvasPainter {

    public static final int MAX_FLIGHTS = 2_500;
    public static final double MAX_PACKET_SPEED = 25;

    private CanvasPainter() {
    }

    public static void paint(GraphicsContext gc, double width, double height, DrawModel model, Viewport viewport,
            long wallNow) {
        gc.setGlobalAlpha(1);
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        double scale = viewport.scale();
        ScreenIndex index = new ScreenIndex(model.nodes(), viewport);
        if (model.shows(Layer.PARTITIONS)) {
            PartitionPainter.paint(gc, model, index, scale);
        }
        boolean aggregate = aggregated(model);
        if (model.shows(Layer.LINKS)) {
            LinkPainter.paint(gc, model, index, scale, model.shows(Layer.TRAFFIC) || aggregate);
        }
        if (model.shows(Layer.VOTES)) {
            VotePainter.paint(gc, model, index, scale);
        }
        if (model.shows(Layer.PACKETS) && !aggregate) {
            PacketPainter.paintFlights(gc, model, index, scale);
        }
        if (model.shows(Layer.DROPS)) {
            PacketPainter.paintDrops(gc, model, index, scale, wallNow);
        }
        NodePainter.paint(gc, model, index, scale);
        OverlayPainter.paint(gc, model.overlay(), viewport);
        if (model.shows(Layer.LEGEND)) {
            LegendPainter.paint(gc, height, model.presentation(), aggregate);
        }
    }

    /** Whether this frame shows traffic as link glow rather than as single packets. */
    public static boolean aggregated(DrawModel model) {
        return model.live().flights().size() > MAX_FLIGHTS || model.live().speed() > MAX_PACKET_SPEED;
    }
}
