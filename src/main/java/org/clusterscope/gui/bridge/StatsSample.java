package org.clusterscope.gui.bridge;

/** One point of the chart: at virtual time {@code time}, messages sent per second and masters running. */
public record StatsSample(long time, double messagesPerSecond, int masters) {
}
