package org.clusterscope.gui.bridge;

/**
 * A link's live condition: up or down (by hand, by a fault or by the partition), its loss, and
 * how many packet hops crossed it per virtual second lately (the "glow" when traffic is too
 * dense to draw packet by packet).
 */
public record LinkLive(boolean up, boolean cutByPartition, double loss, double hopsPerSecond) {
}
