package org.clusterscope.topology;

/** A position on the canvas, in the same units as the width and height given to {@link Layouts}. */
public record Point(double x, double y) {
}
