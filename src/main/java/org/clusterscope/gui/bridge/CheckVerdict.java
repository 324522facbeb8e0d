package org.clusterscope.gui.bridge;

/**
 * A live verdict on one of the scenario's expectations, by its index in {@code expect}:
 * {@code passed} null while undecided, and what was seen.
 */
public record CheckVerdict(int index, Boolean passed, String detail) {
}
