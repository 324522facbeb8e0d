package org.clusterscope.runtime.overlay;

/**
 * The settings of public mode (PROTOCOL.md §8): the target degree N ({@code connections}) and
 * the maintenance period. A node keeps at least {@code min = ⌊N/2⌋} and at most
 * {@code max = ⌊3N/2⌋} connections.
 */
public record OverlayConfig(int connections, long maintenanceMs) {

    public static final int DEFAULT_CONNECTIONS = 6;
    public static final long DEFAULT_MAINTENANCE_MS = 5000;

    public OverlayConfig {
        if (connections < 1 || connections > 64) {
            throw new IllegalArgumentException("connections must be in 1..64, got " + connections);
        }
        if (maintenanceMs < 1) {
            throw new IllegalArgumentException("maintenanceMs must be at least 1, got " + maintenanceMs);
        }
    }

    public static OverlayConfig defaults() {
        return new OverlayConfig(DEFAULT_CONNECTIONS, DEFAULT_MAINTENANCE_MS);
    }

    public int min() {
        return connections / 2;
    }

    public int max() {
        return connections * 3 / 2;
    }
}
