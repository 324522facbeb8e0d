package org.clusterscope.protocol;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.SimTime;

/**
 * The one protocol configuration of a cluster: which election, how it ranks candidates, and the
 * timing and reach of the membership protocol (PROTOCOL.md §2–3). A scenario's {@code protocol}
 * section reads into it, a standalone node builds it from its options, and every node runs on
 * it. The defaults live here and nowhere else.
 *
 * @param election    the election algorithm, one of {@link #ELECTIONS}
 * @param strategy    how candidates are ranked: lowest port or earliest birth
 * @param heartbeatMs the beacon period, also the length of the discovery window
 * @param ttlMs       silence after which a peer is lost
 * @param beaconHops  how far beacons, probes, votes, goodbyes and pings flood
 */
public record ProtocolConfig(String election, Strategy strategy, long heartbeatMs, long ttlMs, int beaconHops) {

    /** The election algorithms there are; a file or an option may name only these. */
    public static final List<String> ELECTIONS = List.of("quorum");

    /** quorum, port, 1000 ms, 3500 ms, 16 hops (PROTOCOL.md §2–3). */
    public static final ProtocolConfig DEFAULTS = new ProtocolConfig("quorum", Strategy.PORT, 1000, 3500, 16);

    public ProtocolConfig {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(strategy, "strategy");
        if (!ELECTIONS.contains(election)) {
            throw new IllegalArgumentException("unknown election '" + election + "' (expected one of "
                    + String.join(", ", ELECTIONS) + ")");
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

    /** The same as {@link #DEFAULTS}. */
    public static ProtocolConfig defaults() {
        return DEFAULTS;
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

    /** The heartbeat in the protocol's own unit, microseconds of virtual (or real) time. */
    public long heartbeatMicros() {
        return SimTime.ms(heartbeatMs);
    }

    /** The time to live in microseconds. */
    public long ttlMicros() {
        return SimTime.ms(ttlMs);
    }
}
