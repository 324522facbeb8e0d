package org.clusterscope.scenario;

import org.clusterscope.runtime.overlay.OverlayConfig;

/**
 * The {@code overlay} section of a scenario (SCENARIO_FORMAT.md "Public mode"): whether public
 * mode is on, the target degree N ({@code connections}, 1–64) and the maintenance period in
 * milliseconds. With {@code isPublic} false the overlay is exactly the file's links. The ranges
 * and the bounds N gives are public mode's own ({@link OverlayConfig}).
 */
public record OverlaySettings(boolean isPublic, int connections, long maintenanceMs) {

    public static final int DEFAULT_CONNECTIONS = OverlayConfig.DEFAULT_CONNECTIONS;
    public static final long DEFAULT_MAINTENANCE_MS = OverlayConfig.DEFAULT_MAINTENANCE_MS;

    public OverlaySettings {
        new OverlayConfig(connections, maintenanceMs); // refuses what public mode cannot run
    }

    /** Public mode with the default settings. */
    public static OverlaySettings publicMode() {
        return new OverlaySettings(true, DEFAULT_CONNECTIONS, DEFAULT_MAINTENANCE_MS);
    }

    /** What the simulation runs public mode with. */
    public OverlayConfig config() {
        return new OverlayConfig(connections, maintenanceMs);
    }

    /** The fewest connections a public node keeps: ⌊N/2⌋. */
    public int min() {
        return config().min();
    }

    /** The most connections discovery gives a public node: ⌊3N/2⌋. */
    public int max() {
        return config().max();
    }
}
