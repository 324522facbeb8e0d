package org.clusterscope.scenario;

import java.util.Objects;

/**
 * The {@code protocol} section: which election, which ranking, and the timing every node uses
 * (PROTOCOL.md §2–3). Absent fields take the defaults of {@link #DEFAULTS}.
 */
public record ProtocolSettings(String election, ElectionStrategy strategy, long heartbeatMs, long ttlMs,
        int beaconHops) {

    /** The election algorithms a file may name. */
    public static final java.util.List<String> ELECTIONS = java.util.List.of("quorum");

    public static final ProtocolSettings DEFAULTS = new ProtocolSettings("quorum", ElectionStrategy.PORT, 1000, 3500, 16);

    public ProtocolSettings {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(strategy, "strategy");
    }

    public ProtocolSettings withStrategy(ElectionStrategy newStrategy) {
        return new ProtocolSettings(election, newStrategy, heartbeatMs, ttlMs, beaconHops);
    }
}
