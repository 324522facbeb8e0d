package org.clusterscope.gui.canvas;

import java.util.Arrays;
import java.util.List;

/**
 * Everything a cached layer's pixels depend on: plain values (sizes, zoom, layers, the
 * topology's lists) plus per-link or per-node codes and references. Two equal keys draw the
 * same picture, so a layer is redrawn exactly when its key changes. Comparing the lists is cheap
 * when a frame hands over the very same immutable list as the last one.
 */
record LayerKey(List<Object> values, int[] codes, Object[] refs) {

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerKey key && values.equals(key.values) && Arrays.equals(codes, key.codes)
                && Arrays.equals(refs, key.refs);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * values.hashCode() + Arrays.hashCode(codes)) + Arrays.hashCode(refs);
    }

    @Override
    public String toString() {
        return "LayerKey" + values.subList(0, Math.min(values.size(), 8));
    }
}
