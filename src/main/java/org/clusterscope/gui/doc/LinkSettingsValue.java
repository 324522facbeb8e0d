package org.clusterscope.gui.doc;

/**
 * The settings of one link as the editor shows them. {@code null} latency, jitter or loss means
 * "the scenario's network default", so a file saved back keeps its shape.
 */
public record LinkSettingsValue(Double latencyMs, Double jitterMs, Double loss, boolean up) {

    public static final LinkSettingsValue DEFAULT = new LinkSettingsValue(null, null, null, true);

    public LinkSettingsValue {
        if (latencyMs != null && latencyMs < 0) {
            throw new IllegalArgumentException("latency must be at least 0 ms, got " + latencyMs);
        }
        if (jitterMs != null && jitterMs < 0) {
            throw new IllegalArgumentException("jitter must be at least 0 ms, got " + jitterMs);
        }
        if (loss != null && (loss < 0 || loss > 1)) {
            throw new IllegalArgumentException("loss is a probability between 0 and 1, got " + loss);
        }
    }

    /** Whether the link drops some packets by setting (drawn dashed). */
    public boolean lossy() {
        return loss != null && loss > 0;
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
