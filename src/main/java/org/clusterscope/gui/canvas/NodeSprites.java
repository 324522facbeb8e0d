package org.clusterscope.gui.canvas;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

import org.clusterscope.core.NodeState;

/**
 * Pre-rendered node images, one per state and size, drawn by {@link NodePainter#body} once and
 * then stamped for every node of that state. Used on the FX thread only (snapshots must be).
 * The sizes in use change only with the zoom, so the cache is emptied when it grows past a few
 * zoom levels.
 */
final class NodeSprites {

    private static final int MAX_SPRITES = 64;

    /** An image and the offset of the node's centre inside it. */
    record Sprite(Image image, int centre) {
    }

    private final Map<String, Sprite> sprites = new HashMap<>();

    Sprite of(NodeState state, double r, double scale) {
        String key = state + "/" + r + "/" + scale;
        Sprite sprite = sprites.get(key);
        if (sprite == null) {
            if (sprites.size() >= MAX_SPRITES) {
                sprites.clear();
            }
            sprite = render(state, r, scale);
            sprites.put(key, sprite);
        }
        return sprite;
    }

    private static Sprite render(NodeState state, double r, double scale) {
        int centre = (int) Math.ceil(NodePainter.bodyReach(r, scale));
        Canvas canvas = new Canvas(2 * centre, 2 * centre);
        NodePainter.body(canvas.getGraphicsContext2D(), state, centre, centre, r, scale);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return new Sprite(canvas.snapshot(parameters, null), centre);
    }
}
