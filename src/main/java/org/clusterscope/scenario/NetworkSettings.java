package org.clusterscope.scenario;

/** The {@code network} section: the settings of every link unless a link overrides them. */
public record NetworkSettings(double latencyMs, double jitterMs, double loss) {

    public static final NetworkSettings DEFAULTS = new NetworkSettings(10, 0, 0);

    /** These settings with a link's overrides applied. */
    public NetworkSettings with(LinkOverrides overrides) {
        return new NetworkSettings(
                overrides.latencyMs() != null ? overrides.latencyMs() : latencyMs,
                overrides.jitterMs() != null ? overrides.jitterMs() : jitterMs,
                overrides.loss() != null ? overrides.loss() : loss);
    }
}
