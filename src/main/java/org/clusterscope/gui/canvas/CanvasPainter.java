package org.clusterscope.gui.canvas;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;

import org.clusterscope.gui.bridge.LiveFrame;

/**
 * Draws one {@link DrawModel} on a canvas, back to front: partitions, links (with traffic glow),
 * votes, packets, drops, nodes, the tool overlay, the legend. It reads only the immutable model,
 * never the simulation, so it is safe on the FX thread and cheap to benchmark.
 *
 * <p>When traffic is too dense to follow packet by packet (more than {@link LiveFrame#MAX_FLIGHTS}
 * in flight, or faster than {@link LiveFrame#MAX_PACKET_SPEED}×), packets are not silently skipped: the
 * links glow by their rate instead.
 *
 * <p>A small scene (a teacher's demo) is drawn shape by shape with vectors on every frame.
 * A crowded one — more than {@link NodePainter#SPRITE_NODES} nodes, {@link LinkPainter#MAX_DASHED_LINKS}
 * links or {@link PacketPainter#MAX_HALOS} packets — goes through {@link LayeredPainter}: what
 * rarely changes is drawn by the same vector painters into cached images, and only packets and
 * drops are stamped per frame. Crowded frames also carry less detail, each painter deciding by
 * its own count: node images instead of vector discs, short vote arrows, solid instead of dashed
 * links, no beacon halos. See the thresholds in each painter.
 *
 * <p>One painter per canvas: it holds the caches of that canvas. FX thread only.
 */
public final class CanvasPainter {

    private final LayeredPainter layered = new LayeredPainter();
    private boolean settled = true;

    /**
     * Paints a frame on {@code gc}, a canvas of {@code width × height} logical pixels shown at
     * {@code pixelScale} device pixels per logical pixel (the window's render scale).
     */
    public void paint(GraphicsContext gc, double width, double height, double pixelScale, DrawModel model,
            Viewport viewport, long wallNow) {
        // every painter draws with butt caps: a square cap would lengthen the short strokes (X marks, bars)
        gc.setLineCap(StrokeLineCap.BUTT);
        settled = true;
        if (!crowded(model) || !layered.paint(gc, width, height, pixelScale, model, viewport, wallNow)) {
            paintVector(gc, width, height, model, viewport, wallNow);
        } else {
            settled = !layered.glowPending();
        }
    }

    /**
     * Whether the last frame painted shows all of its model, so that painting the same model
     * again would change nothing.
     */
    public boolean settled() {
        return settled;
    }

    /** The crowded frames' painter, for tests that check what a frame redraws. */
    LayeredPainter layered() {
        return layered;
    }

    /** Whether this frame is drawn from cached layers rather than shape by shape. */
    public static boolean crowded(DrawModel model) {
        return model.nodes().size() > NodePainter.SPRITE_NODES || model.links().size() > LinkPainter.MAX_DASHED_LINKS
                || model.live().flights().size() > PacketPainter.MAX_HALOS;
    }

    /** Whether this frame shows traffic as link glow rather than as single packets. */
    public static boolean aggregated(DrawModel model) {
        return model.live().flights().size() > LiveFrame.MAX_FLIGHTS
                // stopped (after a Step), the packets there are few and still: draw them whatever the speed
                || (model.live().playing() && model.live().speed() > LiveFrame.MAX_PACKET_SPEED);
    }

    /** The whole frame, shape by shape. */
    static void paintVector(GraphicsContext gc, double width, double height, DrawModel model, Viewport viewport,
            long wallNow) {
        double scale = viewport.scale();
        ScreenIndex index = new ScreenIndex(model.nodes(), viewport);
        boolean aggregate = aggregated(model);
        paintBack(gc, width, height, model, index, scale, aggregate);
        DiscoveredPainter.paint(gc, model, index, scale, wallNow);
        paintVotes(gc, model, index, scale);
        if (model.shows(Layer.PACKETS) && !aggregate) {
            PacketPainter.paintFlights(gc, model, index, scale);
        }
        if (model.shows(Layer.DROPS)) {
            PacketPainter.paintDrops(gc, model, index, scale, wallNow);
        }
        paintFront(gc, model, index, scale);
        paintTop(gc, height, model, viewport, aggregate);
    }

    /** What lies under the votes and packets: background, partition shading, links. */
    static void paintBack(GraphicsContext gc, double width, double height, DrawModel model, ScreenIndex index,
            double scale, boolean aggregate) {
        gc.setGlobalAlpha(1);
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        if (model.shows(Layer.PARTITIONS)) {
            PartitionPainter.paint(gc, model, index, scale);
        }
        if (model.shows(Layer.LINKS)) {
            LinkPainter.paint(gc, model, index, scale, glows(model, aggregate));
        }
    }

    /** The votes, over the links and under the packets. */
    static void paintVotes(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        if (model.shows(Layer.VOTES)) {
            VotePainter.paint(gc, model, index, scale);
        }
    }

    /** What covers the packets: the nodes and their labels. */
    static void paintFront(GraphicsContext gc, DrawModel model, ScreenIndex index, double scale) {
        NodePainter.paint(gc, model, index, scale);
    }

    /** What lies over everything: the tool's overlay and the legend. */
    static void paintTop(GraphicsContext gc, double height, DrawModel model, Viewport viewport, boolean aggregate) {
        OverlayPainter.paint(gc, model.overlay(), viewport);
        paintLegend(gc, height, model, aggregate);
        DiscoveredPainter.paintKey(gc, height, model, aggregate);
    }

    static void paintLegend(GraphicsContext gc, double height, DrawModel model, boolean aggregate) {
        if (model.shows(Layer.LEGEND)) {
            LegendPainter.paint(gc, height, model.presentation(), aggregate);
        }
    }

    /** Whether links glow by their traffic in this frame. */
    static boolean glows(DrawModel model, boolean aggregate) {
        return model.shows(Layer.TRAFFIC) || aggregate;
    }
}
