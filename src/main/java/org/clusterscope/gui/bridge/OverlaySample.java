package org.clusterscope.gui.bridge;

/**
 * One point of the overlay chart (PROTOCOL.md §8): at virtual time {@code time}, the least, mean
 * and greatest degree of the running nodes, and the diameter of the overlay in hops, or -1 when
 * the running nodes are not all connected (or too many to measure on every sample).
 */
public record OverlaySample(long time, int minDegree, double meanDegree, int maxDegree, int diameter) {
}
