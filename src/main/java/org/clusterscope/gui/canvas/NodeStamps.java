package org.clusterscope.gui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.doc.DocNode;

/**
 * The front layer of a frame with more than {@link NodePainter#SPRITE_NODES} nodes, put together
 * in plain Java from sprites, so that a node changing state (hundreds do in an election) costs
 * a few milliseconds instead of a vector redraw of every node and label. The sprites are drawn
 * once per zoom by the vector painters themselves — {@link NodePainter#body} for each state,
 * the label fonts of {@link NodePainter}, the selection halo, the legend — and laid out the way
 * {@link NodePainter} lays them out: halos, then nodes state by state, then ids, then ports,
 * each node at its centre rounded to the pixel as the node images always were. FX thread only.
 */
final class NodeStamps {

    private static final NodeState[] STATES = NodeState.values();

    private final Offscreen offscreen;
    private LabelSheet labels;
    private Map<Object, Sprite> bodies = new HashMap<>();
    private List<Object> bodiesKey;
    private Sprite legend;
    private List<Object> legendKey;

    NodeStamps(Offscreen offscreen) {
        this.offscreen = offscreen;
    }

    /** The front layer of {@code model}, {@code w × h} device pixels at {@code k} per canvas pixel. */
    SparseLayer paint(DrawModel model, ScreenIndex index, double scale, double height, int w, int h, double k,
            boolean aggregate) {
        int[] pixels = new int[w * h];
        double r = model.nodeRadius() * scale;
        List<DocNode> nodes = model.nodes();
        int[] xs = new int[nodes.size()];
        int[] ys = new int[nodes.size()];
        NodeLive[] lives = new NodeLive[nodes.size()];
        Map<Object, List<Integer>> byState = new LinkedHashMap<>();
        List<Integer> design = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            DocNode node = nodes.get(i);
            double[] p = index.at(node.id());
            xs[i] = (int) Math.round(p[0] * k);
            ys[i] = (int) Math.round(p[1] * k);
            lives[i] = model.live().nodes().get(node.id());
            if (lives[i] == null) {
                design.add(i);
            } else {
                byState.computeIfAbsent(lives[i].state(), state -> new ArrayList<>()).add(i);
            }
        }
        if (!model.selectedNodes().isEmpty()) {
            Sprite halo = body("halo", r, scale, k);
            for (int i = 0; i < xs.length; i++) {
                if (model.selectedNodes().contains(nodes.get(i).id())) {
                    Raster.stampAny(pixels, w, h, halo, xs[i], ys[i]);
                }
            }
        }
        stampAll(pixels, w, h, body("design", r, scale, k), design, xs, ys);
        byState.forEach((state, members) -> stampAll(pixels, w, h, body(state, r, scale, k), members, xs, ys));
        if (NodePainter.labelled(model, r)) {
            LabelSheet sheet = labels(model, r, k);
            for (int i = 0; i < xs.length; i++) {
                NodeState state = lives[i] == null ? null : lives[i].state();
                Raster.stampAny(pixels, w, h, sheet.id(i, Palette.text(state).equals(Color.WHITE)), xs[i], ys[i]);
            }
            if (r >= NodePainter.PORT_LABEL_RADIUS) {
                for (int i = 0; i < xs.length; i++) {
                    boolean master = lives[i] != null && lives[i].state() == NodeState.MASTER;
                    int below = (int) Math.round(NodePainter.portBelow(model, master, r, scale) * k);
                    Raster.stampAny(pixels, w, h, sheet.port(i), xs[i], ys[i] + below);
                }
            }
        }
        // everything lies within the largest sprite's reach of some node's centre, or in the legend
        double below = NodePainter.portBelow(model, true, r, scale);
        int reach = (int) Math.ceil((NodePainter.bodyReach(r, scale) + below + 2 * r) * k);
        int minX = w;
        int minY = h;
        int maxX = 0;
        int maxY = 0;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i] - reach);
            minY = Math.min(minY, ys[i] - reach);
            maxX = Math.max(maxX, xs[i] + reach);
            maxY = Math.max(maxY, ys[i] + reach);
        }
        if (model.shows(Layer.LEGEND)) {
            Sprite key = legend(model.presentation(), aggregate, k);
            int top = (int) Math.round((height - LegendPainter.height(model.presentation(), aggregate) - 20) * k);
            Raster.stampAny(pixels, w, h, key, 0, top);
            minX = 0;
            minY = Math.min(minY, top);
            maxX = Math.max(maxX, key.width());
            maxY = h;
        }
        return SparseLayer.of(pixels, w, minX, minY, maxX, maxY);
    }

    private static void stampAll(int[] pixels, int w, int h, Sprite sprite, List<Integer> members, int[] xs,
            int[] ys) {
        for (int i : members) {
            Raster.stampAny(pixels, w, h, sprite, xs[i], ys[i]);
        }
    }

    /** A node's image in a state ("design" before the run), or the selection halo; one sheet per zoom. */
    private Sprite body(Object what, double r, double scale, double k) {
        List<Object> key = List.of(r, scale, k);
        if (!key.equals(bodiesKey)) {
            bodies = drawBodies(r, scale, k);
            bodiesKey = key;
        }
        return bodies.get(what);
    }

    private Map<Object, Sprite> drawBodies(double r, double scale, double k) {
        int cell = 2 * (int) Math.ceil(NodePainter.bodyReach(r, scale) * k);
        List<Object> kinds = new ArrayList<>(List.of(STATES));
        kinds.add("design");
        kinds.add("halo");
        int[] sheet = offscreen.render(cell * kinds.size(), cell, 1, gc -> {
            for (int i = 0; i < kinds.size(); i++) {
                gc.save();
                gc.translate(i * cell + cell / 2, cell / 2);
                gc.scale(k, k);
                // square caps, as on the fresh canvas the vector path's node images come from
                gc.setLineCap(StrokeLineCap.SQUARE);
                Object kind = kinds.get(i);
                if (kind.equals("halo")) {
                    gc.setFill(Palette.SELECTION);
                    gc.setGlobalAlpha(0.35);
                    gc.beginPath();
                    Paths.circle(gc, 0, 0, r + 7 * scale);
                    gc.fill();
                } else {
                    NodePainter.body(gc, kind instanceof NodeState state ? state : null, 0, 0, r, scale);
                }
                gc.restore();
            }
        });
        Map<Object, Sprite> sprites = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            sprites.put(kinds.get(i), Sprite.cut(sheet, cell * kinds.size(), i * cell, 0, cell));
        }
        return sprites;
    }

    private LabelSheet labels(DrawModel model, double r, double k) {
        List<String> ids = new ArrayList<>(model.nodes().size());
        List<String> ports = new ArrayList<>(model.nodes().size());
        for (DocNode node : model.nodes()) {
            NodeLive live = model.live().nodes().get(node.id());
            ids.add(node.id().value());
            ports.add(":" + (live == null ? node.port() : live.port()));
        }
        if (labels == null || !labels.fits(r, k, ids, ports)) {
            labels = new LabelSheet(offscreen, r, k, ids, ports);
        }
        return labels;
    }

    private Sprite legend(boolean presentation, boolean aggregate, double k) {
        List<Object> key = List.of(presentation, aggregate, k);
        if (!key.equals(legendKey)) {
            double width = LegendPainter.width(presentation) + 20;
            double height = LegendPainter.height(presentation, aggregate) + 20;
            int w = (int) Math.ceil(width * k);
            int h = (int) Math.ceil(height * k);
            int[] pixels = offscreen.render(w, h, k, gc -> LegendPainter.paint(gc, height, presentation, aggregate));
            legend = new Sprite(pixels, w, h, 0, 0);
            legendKey = key;
        }
        return legend;
    }

    /**
     * Every node's id (in white and in ink, for dark and light discs) and port, drawn with the
     * label fonts of {@link NodePainter} in one snapshot and cut into sprites anchored where the
     * text is centred.
     */
    private static final class LabelSheet {

        private static final int SHEET_WIDTH = 2048;
        private static final int SHEET_HEIGHT = 2048;

        private final double r;
        private final double k;
        private final List<String> ids;
        private final List<String> ports;
        private final Sprite[] sprites;

        LabelSheet(Offscreen offscreen, double r, double k, List<String> ids, List<String> ports) {
            this.r = r;
            this.k = k;
            this.ids = List.copyOf(ids);
            this.ports = List.copyOf(ports);
            Font idFont = NodePainter.idFont(r);
            Font portFont = NodePainter.portFont(r);
            int longest = 1;
            for (int i = 0; i < ids.size(); i++) {
                longest = Math.max(longest, Math.max(ids.get(i).length(), ports.get(i).length()));
            }
            // generous cells: a bold glyph is under 0.8 em wide, a line under 1.4 em high
            double em = Math.max(idFont.getSize(), portFont.getSize()) * k;
            int cellWidth = 2 * (int) Math.ceil(longest * 0.8 * em / 2 + 2);
            int cellHeight = 2 * (int) Math.ceil(1.4 * em / 2 + 2);
            int count = 3 * ids.size();
            int columns = Math.max(1, Math.min(count, SHEET_WIDTH / cellWidth));
            // one snapshot per sheet of at most SHEET_HEIGHT pixels: a large topology needs no huge texture
            int perSheet = columns * Math.max(1, SHEET_HEIGHT / cellHeight);
            sprites = new Sprite[count];
            for (int first = 0; first < count; first += perSheet) {
                int from = first;
                int cells = Math.min(perSheet, count - first);
                int rows = (cells + columns - 1) / columns;
                int width = columns * cellWidth;
                int[] sheet = offscreen.render(width, rows * cellHeight, 1, gc -> {
                    gc.setTextAlign(TextAlignment.CENTER);
                    gc.setTextBaseline(VPos.CENTER);
                    for (int c = 0; c < cells; c++) {
                        int node = (from + c) / 3;
                        int kind = (from + c) % 3;
                        gc.save();
                        gc.translate((c % columns) * cellWidth + cellWidth / 2,
                                (c / columns) * cellHeight + cellHeight / 2);
                        gc.scale(k, k);
                        gc.setFill(kind == 0 ? Color.WHITE : kind == 1 ? Palette.INK : Palette.MUTED);
                        if (kind == 2) {
                            gc.setFont(portFont);
                            gc.fillText(ports.get(node), 0, 0);
                        } else {
                            // as NodePainter: a long id shrunk or cut short to stay on its disc
                            NodeLabel label = NodeLabel.fit(ids.get(node), r);
                            gc.setFont(label.font());
                            gc.fillText(label.text(), 0, 0);
                        }
                        gc.restore();
                    }
                });
                for (int c = 0; c < cells; c++) {
                    sprites[from + c] = Sprite.cut(sheet, width, (c % columns) * cellWidth, (c / columns) * cellHeight,
                            cellWidth, cellHeight);
                }
            }
        }

        boolean fits(double newR, double newK, List<String> newIds, List<String> newPorts) {
            return r == newR && k == newK && ids.equals(newIds) && ports.equals(newPorts);
        }

        Sprite id(int node, boolean white) {
            return sprites[3 * node + (white ? 0 : 1)];
        }

        Sprite port(int node) {
            return sprites[3 * node + 2];
        }
    }
}
