package org.clusterscope.gui.canvas;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.clusterscope.gui.bridge.Drop;
import org.clusterscope.gui.bridge.Flight;
import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;

/**
 * Crowded frames without paying the software renderer per shape on every frame. The picture is
 * four layers, composed in a plain {@code int[]} and handed to the canvas as one image:
 * <ol>
 * <li><b>back</b> — background, partition shading, links with their glow: drawn by the vector
 * painters into a cached image, redrawn when the canvas size, zoom or pan, a layer toggle, the
 * topology, a link's condition, the partition or the link selection changes. A change of a
 * link's glow level alone (the traffic rate drifts all the time) is picked up at most every
 * {@link #GLOW_REFRESH_NANOS}, so a running simulation does not redraw every link on every
 * frame;</li>
 * <li><b>votes</b> — a cached transparent image of their own, redrawn when a vote changes
 * (often, during an election) without redrawing the links: the short arrows of many voters are
 * rasterised in Java ({@link VoteStamps}), the curves of a few by the vote painter;</li>
 * <li><b>packets and drops</b> — stamped on every frame from {@link PacketSprites}, at the
 * position of the frame's virtual time;</li>
 * <li><b>front</b> — nodes, labels and the legend: a cached transparent image, redrawn when the
 * size, zoom or pan, the labels or legend toggle, the topology, a node's state or port, the node
 * selection or the switch to link glow changes, and laid over the packets run by run. With more
 * than {@link NodePainter#SPRITE_NODES} nodes it is put together from sprites in plain Java
 * ({@link NodeStamps}), so that an election's state changes are cheap; with fewer, the vector
 * painters draw it.</li>
 * </ol>
 * The tool overlay (rubber band, link or cut being dragged) is then drawn over the image with
 * vectors. Two frame buffers take turns, so the one being written is never the one the renderer
 * may still be reading.
 */
final class LayeredPainter {

    static final long GLOW_REFRESH_NANOS = 250_000_000L;
    /** Packets farther off the canvas than this (device pixels) cannot reach into it: skipped. */
    private static final int MARGIN = PacketSprites.MAX_CELL;

    private final Offscreen offscreen = new Offscreen();
    private final Offscreen sheets = new Offscreen();
    private final NodeStamps stamps = new NodeStamps(sheets);
    private final VoteStamps voteStamps = new VoteStamps();
    private final Frame[] frames = new Frame[2];
    private int nextFrame;

    private LayerKey backKey;
    private int[] backGlow;
    private long backDrawnAt;
    private boolean glowPending;
    private int[] back;
    private LayerKey votesKey;
    private SparseLayer votes;
    private LayerKey frontKey;
    private SparseLayer front;
    private final PacketSprites[] sprites = new PacketSprites[2];
    private int backDraws;
    private int votesDraws;
    private int frontDraws;

    /** A frame buffer and the image that shows it. */
    private record Frame(Raster raster, PixelBuffer<IntBuffer> buffer, WritableImage image) {
        static Frame of(int width, int height) {
            Raster raster = new Raster(width, height);
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(raster.pixels),
                    PixelFormat.getIntArgbPreInstance());
            return new Frame(raster, buffer, new WritableImage(buffer));
        }
    }

    /**
     * Paints the frame; false (having drawn nothing) when this frame is better drawn with
     * vectors: an empty canvas, or a zoom so deep that the packet sprites would be huge.
     */
    boolean paint(GraphicsContext gc, double width, double height, double pixelScale, DrawModel model,
            Viewport viewport, long wallNow) {
        int w = (int) Math.ceil(width * pixelScale);
        int h = (int) Math.ceil(height * pixelScale);
        if (w <= 0 || h <= 0) {
            return false;
        }
        double scale = viewport.scale();
        boolean aggregate = CanvasPainter.aggregated(model);
        PacketSprites packets = sprites(model, scale, pixelScale);
        if (!packets.small()) {
            return false;
        }
        ScreenIndex index = new ScreenIndex(model.nodes(), viewport);
        refreshBack(model, viewport, index, width, height, w, h, pixelScale, aggregate, wallNow);
        refreshVotes(model, viewport, index, w, h, pixelScale);
        refreshFront(model, viewport, index, height, w, h, pixelScale, aggregate);

        Frame frame = frame(w, h);
        Raster raster = frame.raster();
        raster.copyFrom(back);
        raster.lay(votes);
        if (model.shows(Layer.PACKETS) && !aggregate) {
            stampFlights(raster, packets, model, index, pixelScale);
        }
        if (model.shows(Layer.DROPS)) {
            stampDrops(raster, packets, model, index, pixelScale, wallNow);
        }
        raster.lay(front);
        frame.buffer().updateBuffer(buffer -> null);
        gc.setGlobalAlpha(1);
        gc.drawImage(frame.image(), 0, 0, w / pixelScale, h / pixelScale);
        // public mode's links and requests come and go with short animations: drawn over the cached
        // layers with vectors each frame rather than redrawing the back layer while they move
        DiscoveredPainter.paint(gc, model, index, scale, wallNow);
        DiscoveredPainter.paintKey(gc, height, model, aggregate);
        OverlayPainter.paint(gc, model.overlay(), viewport);
        return true;
    }

    /**
     * Whether the last frame left a change of glow for later (it came within
     * {@link #GLOW_REFRESH_NANOS} of the last redraw of the links): the same model must then be
     * painted again soon, even though nothing in it changes.
     */
    boolean glowPending() {
        return glowPending;
    }

    /** How often each cached layer has been drawn: for tests that check what a frame redraws. */
    int backDraws() {
        return backDraws;
    }

    int votesDraws() {
        return votesDraws;
    }

    int frontDraws() {
        return frontDraws;
    }

    private Frame frame(int w, int h) {
        Frame frame = frames[nextFrame];
        if (frame == null || frame.raster().width != w || frame.raster().height != h) {
            frame = Frame.of(w, h);
            frames[nextFrame] = frame;
        }
        nextFrame ^= 1;
        return frame;
    }

    private PacketSprites sprites(DrawModel model, double scale, double pixelScale) {
        PacketSprites.Sizes sizes = PacketSprites.Sizes.of(model, scale, pixelScale);
        // both kinds are kept: a packet count hovering around MAX_HALOS must not redraw sprites every frame
        int kind = sizes.halos() ? 1 : 0;
        PacketSprites kept = sprites[kind];
        if (kept == null || !kept.sizes().equals(sizes)) {
            kept = new PacketSprites(sheets, sizes);
            sprites[kind] = kept;
        }
        return kept;
    }

    // ---- the back layer --------------------------------------------------------------------

    private void refreshBack(DrawModel model, Viewport viewport, ScreenIndex index, double width, double height,
            int w, int h, double pixelScale, boolean aggregate, long wallNow) {
        boolean glow = CanvasPainter.glows(model, aggregate) && model.shows(Layer.LINKS);
        List<DocLink> links = model.links();
        int[] looks = new int[links.size()];
        int[] glowLevels = new int[glow ? links.size() : 0];
        for (int i = 0; i < looks.length; i++) {
            DocLink link = links.get(i);
            LinkLive live = model.live().links().get(link.key());
            looks[i] = LinkPainter.look(link, live);
            if (glow) {
                glowLevels[i] = LinkPainter.glowLevel(live, true);
            }
        }
        LayerKey key = new LayerKey(List.of(w, h, pixelScale, viewport.scale(), viewport.offsetX(),
                viewport.offsetY(), model.presentation(), model.shows(Layer.PARTITIONS), model.shows(Layer.LINKS),
                model.shows(Layer.TRAFFIC), aggregate, model.nodes(), links, model.live().partition(),
                model.selectedLinks()), looks, new Object[0]);
        boolean stale = !key.equals(backKey);
        boolean glowMoved = !Arrays.equals(glowLevels, backGlow);
        if (!stale && !(glowMoved && wallNow - backDrawnAt >= GLOW_REFRESH_NANOS)) {
            glowPending = glowMoved;
            return;
        }
        glowPending = false;
        back = offscreen.render(w, h, pixelScale,
                gc -> CanvasPainter.paintBack(gc, width, height, model, index, viewport.scale(), aggregate));
        backKey = key;
        backGlow = glowLevels;
        backDrawnAt = wallNow;
        backDraws++;
    }

    // ---- the votes layer --------------------------------------------------------------------

    private void refreshVotes(DrawModel model, Viewport viewport, ScreenIndex index, int w, int h,
            double pixelScale) {
        Object[] votes = model.shows(Layer.VOTES) ? votes(model) : new Object[0];
        LayerKey key = new LayerKey(List.of(w, h, pixelScale, viewport.scale(), viewport.offsetX(),
                viewport.offsetY(), model.presentation(), model.nodes()), new int[0], votes);
        if (key.equals(votesKey)) {
            return;
        }
        if (votes.length == 0) {
            this.votes = SparseLayer.of(new int[0], w, 0, 0, 0, 0);
        } else if (VoteStamps.applies(model)) {
            this.votes = voteStamps.paint(model, index, viewport.scale(), w, h, pixelScale);
        } else {
            this.votes = SparseLayer.of(offscreen.render(w, h, pixelScale,
                    gc -> CanvasPainter.paintVotes(gc, model, index, viewport.scale())), w, h);
        }
        votesKey = key;
        votesDraws++;
    }

    /** Who votes for whom, as the vote painter sees it: (voter, choice) pairs of running voters. */
    private static Object[] votes(DrawModel model) {
        List<Object> votes = new ArrayList<>(2 * model.live().nodes().size());
        for (NodeLive node : model.live().nodes().values()) {
            votes.add(node.id());
            votes.add(node.state().isRunning() ? node.vote() : null);
        }
        return votes.toArray();
    }

    // ---- the front layer -------------------------------------------------------------------

    private void refreshFront(DrawModel model, Viewport viewport, ScreenIndex index, double height, int w, int h,
            double pixelScale, boolean aggregate) {
        List<DocNode> nodes = model.nodes();
        int[] ports = new int[nodes.size()];
        Object[] states = new Object[nodes.size()];
        for (int i = 0; i < ports.length; i++) {
            DocNode node = nodes.get(i);
            NodeLive live = model.live().nodes().get(node.id());
            states[i] = live == null ? null : live.state();
            ports[i] = live == null ? node.port() : live.port();
        }
        LayerKey key = new LayerKey(List.of(w, h, pixelScale, viewport.scale(), viewport.offsetX(),
                viewport.offsetY(), model.presentation(), model.shows(Layer.LABELS), model.shows(Layer.LEGEND),
                aggregate, nodes, model.selectedNodes()), ports, states);
        if (key.equals(frontKey)) {
            return;
        }
        front = nodes.size() > NodePainter.SPRITE_NODES
                ? stamps.paint(model, index, viewport.scale(), height, w, h, pixelScale, aggregate)
                : SparseLayer.of(offscreen.render(w, h, pixelScale, gc -> {
                    CanvasPainter.paintFront(gc, model, index, viewport.scale());
                    CanvasPainter.paintLegend(gc, height, model, aggregate);
                }), w, h);
        frontKey = key;
        frontDraws++;
    }

    // ---- what moves ------------------------------------------------------------------------

    /** Packets kind by kind, in order of each kind's first packet, as the vector painter layers them. */
    private static void stampFlights(Raster raster, PacketSprites packets, DrawModel model, ScreenIndex index,
            double k) {
        List<Flight> flights = model.live().flights();
        long drawTime = model.drawTime();
        Map<String, Integer> kinds = new HashMap<>();
        int[] kindOf = new int[flights.size()];
        for (int i = 0; i < kindOf.length; i++) {
            Integer kind = kinds.putIfAbsent(flights.get(i).kind(), kinds.size());
            kindOf[i] = kind == null ? kinds.size() - 1 : kind;
        }
        boolean syncs = model.shows(Layer.GDB_SYNC);
        for (int kind = 0; kind < kinds.size(); kind++) {
            for (int i = 0; i < kindOf.length; i++) {
                if (kindOf[i] != kind) {
                    continue;
                }
                Flight flight = flights.get(i);
                if (!syncs && flight.kind().equals(PacketPainter.GDB_SYNC)) {
                    continue;
                }
                double[] a = index.at(flight.from());
                double[] b = index.at(flight.to());
                if (a == null || b == null) {
                    continue;
                }
                double t = flight.progress(drawTime);
                double x = (a[0] + (b[0] - a[0]) * t) * k;
                double y = (a[1] + (b[1] - a[1]) * t) * k;
                if (x < -MARGIN || y < -MARGIN || x > raster.width + MARGIN || y > raster.height + MARGIN) {
                    continue;
                }
                Sprite sprite = packets.flight(flight.kind(), x, y, b[0] - a[0], b[1] - a[1]);
                raster.stamp(sprite, (int) Math.floor(x), (int) Math.floor(y));
            }
        }
    }

    private static void stampDrops(Raster raster, PacketSprites packets, DrawModel model, ScreenIndex index,
            double k, long wallNow) {
        for (Drop drop : model.live().drops()) {
            double[] at = PacketPainter.dropAt(drop, index);
            int step = PacketPainter.fadeStep(drop, wallNow);
            if (at == null || step < 0) {
                continue;
            }
            double x = at[0] * k;
            double y = at[1] * k;
            raster.stamp(packets.drop(step, x, y), (int) Math.floor(x), (int) Math.floor(y));
        }
    }
}
