package org.clusterscope.scenario;

/**
 * The {@code overlay} section of a scenario (SCENARIO_FORMAT.md "Public mode"): whether public
 * mode is on, the target degree N ({@code connections}, 1–64) and the maintenance period in
 * milliseconds. With {@code isPublic} false the overlay is exactly the file's links.
 */
public record OverlaySettings(boolean isPublic, int connections, long maintenanceMs) {

    public static final int DEFAULT_CONNECTIONS = 6;
    public static final long DEFAULT_MAINTENANCE_MS = 5000;

    public OverlaySettings {
        if (connections < 1 || connections > 64) {
            throw new IllegalArgumentException("connections must be in 1..64, got " + connections);
        }
        if (maintenanceMs < 1) {
            throw new IllegalArgumentException("maintenanceMs must be at least 1, got " + maintenanceMs);
        }
    }

    /** Public mode with the default settings. */
    public static OverlaySettings publicMode() {
        return new OverlaySettings(true, DEFAULT_CONNECTIONS, DEFAULT_MAINTENANCE_MS);
    }

    /** The fewest connections a public node keeps: ⌊N/2⌋. */
    public int min() {
        return connections / 2;
    }

    /** The most connections discovery gives a public node: ⌊3N/2⌋. */
    public int max() {
        return connections * 3 / 2;
    }
}
