package org.clusterscope.gui.canvas;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The id written on a node, fitted inside its disc: first a smaller font, then, when even the
 * smallest readable font is too wide, the id cut short with an ellipsis. The whole id is in the
 * canvas's tooltip over the node ("core.3" must never read "ore.3").
 */
public record NodeLabel(String text, Font font) {

    /** The smallest font size a label is shrunk to before it is cut short. */
    static final double MIN_SIZE = 7;
    private static final String ELLIPSIS = "…";

    /**
     * Labels fitted so far, by id and radius: a frame draws every node, and measuring text takes
     * a scene-graph node and a layout each time, so each label is measured once per zoom level.
     */
    private static final Map<String, NodeLabel> FITTED = new ConcurrentHashMap<>();
    private static final int MAX_FITTED = 4096;

    /** The label for {@code id} on a disc of on-screen radius {@code r}. */
    public static NodeLabel fit(String id, double r) {
        if (FITTED.size() > MAX_FITTED) {
            FITTED.clear();
        }
        return FITTED.computeIfAbsent(id + '\u0000' + r, key -> measure(id, r));
    }

    private static NodeLabel measure(String id, double r) {
        double room = room(r);
        double size = Math.max(8, r * 0.72);
        Font font = font(size);
        double width = width(id, font);
        if (width <= room) {
            return new NodeLabel(id, font);
        }
        // text width grows in proportion to the font size
        double smaller = Math.max(MIN_SIZE, Math.floor(size * room / width * 10) / 10);
        font = font(smaller);
        if (width(id, font) <= room) {
            return new NodeLabel(id, font);
        }
        for (int keep = id.length() - 1; keep > 0; keep--) {
            String cut = id.substring(0, keep) + ELLIPSIS;
            if (width(cut, font) <= room) {
                return new NodeLabel(cut, font);
            }
        }
        return new NodeLabel(ELLIPSIS, font);
    }

    /** How wide a label may be: a chord of the disc a little inside its rim. */
    public static double room(double r) {
        return 1.7 * r;
    }

    /** The on-screen width of this label. */
    public double width() {
        return width(text, font);
    }

    private static Font font(double size) {
        return Font.font("System", FontWeight.BOLD, size);
    }

    private static double width(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
