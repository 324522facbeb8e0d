package org.clusterscope.node;

import java.util.Objects;

import org.clusterscope.core.SimTime;
import org.clusterscope.protocol.ProtocolSettings;
import org.clusterscope.protocol.election.Strategy;

/**
 * The {@code protocol} block of a scenario (SCENARIO_FORMAT.md): which election, which
 * strategy, and the timings in milliseconds as written in the file.
 */
public record ProtocolConfig(String election, Strategy strategy, long heartbeatMs, long ttlMs, int beaconHops) {

    public ProtocolConfig {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(strategy, "strategy");
        if (!Elections.NAMES.contains(election)) {
            throw new IllegalArgumentException("unknown election '" + election + "' (expected one of "
                    + String.join(", ", Elections.NAMES) + ")");
        }
        if (heartbeatMs <= 0) {
            throw new IllegalArgumentException("heartbeatMs must be positive, got " + heartbeatMs);
        }
        if (ttlMs <= 0) {
            throw new IllegalArgumentException("ttlMs must be positive, got " + ttlMs);
        }
        if (beaconHops < 0) {
            throw new IllegalArgumentException("beaconHops must not be negative, got " + beaconHops);
        }
    }

    /** quorum, port, 1000 ms, 3500 ms, 16 hops (PROTOCOL.md §2–3). */
    public static ProtocolConfig defaults() {
        return new ProtocolConfig("quorum", Strategy.PORT, 1000, 3500, 16);
    }

    public ProtocolConfig withStrategy(Strategy next) {
        return new ProtocolConfig(election, next, heartbeatMs, ttlMs, beaconHops);
    }

    public ProtocolConfig withTimings(long nextHeartbeatMs, long nextTtlMs) {
        return new ProtocolConfig(election, strategy, nextHeartbeatMs, nextTtlMs, beaconHops);
    }

    public ProtocolConfig withBeaconHops(int hops) {
        return new ProtocolConfig(election, strategy, heartbeatMs, ttlMs, hops);
    }

    /** The same settings in the protocol's own units (microseconds). */
    public ProtocolSettings settings() {
        return new ProtocolSettings(SimTime.ms(heartbeatMs), SimTime.ms(ttlMs), beaconHops);
    }
}
