package org.clusterscope.net;

/**
 * How one link carries packets (PROTOCOL.md §6): every hop takes {@code latencyMs} plus a jitter
 * drawn uniformly from {@code ±jitterMs} (never below zero in total) and is lost with probability
 * {@code loss}. Values are checked up front so a bad scenario fails with a clear message.
 */
public record LinkSettings(double latencyMs, double jitterMs, double loss) {

    /** The scenario format's defaults: 10 ms, no jitter, no loss (SCENARIO_FORMAT.md "network"). */
    public static final LinkSettings DEFAULTS = new LinkSettings(10, 0, 0);

    public LinkSettings {
        if (!(latencyMs >= 0) || Double.isInfinite(latencyMs)) {
            throw new IllegalArgumentException("latencyMs must be a finite number >= 0, got " + latencyMs);
        }
        if (!(jitterMs >= 0) || Double.isInfinite(jitterMs)) {
            throw new IllegalArgumentException("jitterMs must be a finite number >= 0, got " + jitterMs);
        }
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be a probability between 0 and 1, got " + loss);
        }
    }

    /** A copy with the given values replaced; a {@code null} argument keeps the current value. */
    public LinkSettings with(Double latencyMs, Double jitterMs, Double loss) {
        return new LinkSettings(
                latencyMs == null ? this.latencyMs : latencyMs,
                jitterMs == null ? this.jitterMs : jitterMs,
                loss == null ? this.loss : loss);
    }

    /** These settings with a link's overrides applied. */
    public LinkSettings with(LinkOverrides overrides) {
        return with(overrides.latencyMs(), overrides.jitterMs(), overrides.loss());
    }
}
