package org.clusterscope.net;

/**
 * Per-link settings that replace the {@code network} defaults; a null field keeps the default.
 * Every link shape accepts them (SCENARIO_FORMAT.md "links").
 */
public record LinkOverrides(Double latencyMs, Double jitterMs, Double loss) {

    public static final LinkOverrides NONE = new LinkOverrides(null, null, null);

    public boolean isEmpty() {
        return latencyMs == null && jitterMs == null && loss == null;
    }
}
