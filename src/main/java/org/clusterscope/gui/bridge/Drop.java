package org.clusterscope.gui.bridge;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.DropReason;

/**
 * A packet that died at {@code at} (on its way to {@code next}, if known), with the wall-clock
 * instant it was seen, so the canvas can fade the mark out at a readable pace at any speed.
 */
public record Drop(String kind, NodeId at, NodeId next, DropReason reason, long time, long wallNanos) {
}
