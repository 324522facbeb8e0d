package org.clusterscope.protocol;

/**
 * The timing and reach of the membership protocol, in the units the protocol runs on:
 * microseconds of virtual (or real) time and a hop count (PROTOCOL.md §2).
 *
 * @param heartbeatMicros the beacon period, also the length of the discovery window
 * @param ttlMicros       silence after which a peer is lost
 * @param beaconHops      how far beacons, probes, votes, goodbyes and pings flood
 */
public record ProtocolSettings(long heartbeatMicros, long ttlMicros, int beaconHops) {

    public ProtocolSettings {
        if (heartbeatMicros <= 0) {
            throw new IllegalArgumentException("heartbeat must be positive, got " + heartbeatMicros + " µs");
        }
        if (ttlMicros <= 0) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttlMicros + " µs");
        }
        if (beaconHops < 0) {
            throw new IllegalArgumentException("beaconHops must not be negative, got " + beaconHops);
        }
    }
}
