package org.clusterscope.gui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * What a tool draws over the scene while the mouse is busy, in world coordinates: a rubber band,
 * a link being dragged from a node, or a cut line. Any part may be null.
 */
public record Overlay(Rectangle2D rubberBand, Point2D linkFrom, Point2D linkTo, Point2D cutFrom, Point2D cutTo) {

    public static final Overlay NONE = new Overlay(null, null, null, null, null);

    public static Overlay rubberBand(Rectangle2D band) {
        return new Overlay(band, null, null, null, null);
    }

    public static Overlay link(Point2D from, Point2D to) {
        return new Overlay(null, from, to, null, null);
    }

    public static Overlay cut(Point2D from, Point2D to) {
        return new Overlay(null, null, null, from, to);
    }
}
