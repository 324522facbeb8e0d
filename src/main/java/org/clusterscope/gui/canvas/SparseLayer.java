package org.clusterscope.gui.canvas;

import java.util.Arrays;

/**
 * A mostly transparent layer (the nodes and their labels) kept as its pixels plus the runs of
 * each row that hold paint, so that laying it over a frame touches only those pixels: opaque
 * runs are copied, translucent ones (anti-aliased edges, glyphs) blended. {@code runs} holds
 * triples (start index, length, 1 if opaque else 0).
 */
record SparseLayer(int[] pixels, int[] runs) {

    static SparseLayer of(int[] pixels, int width, int height) {
        return of(pixels, width, 0, 0, width, height);
    }

    /** The layer of {@code pixels}, all of whose paint lies in columns {@code [x0, x1)} of rows {@code [y0, y1)}. */
    static SparseLayer of(int[] pixels, int width, int x0, int y0, int x1, int y1) {
        int[] runs = new int[64];
        int count = 0;
        for (int y = Math.max(0, y0); y < y1; y++) {
            int row = y * width;
            int x = Math.max(0, x0);
            int end = Math.min(width, x1);
            while (x < end) {
                if (pixels[row + x] == 0) {
                    x++;
                    continue;
                }
                int alpha = pixels[row + x] >>> 24;
                boolean opaque = alpha == 0xff;
                int start = x;
                while (x < end) {
                    int a = pixels[row + x] >>> 24;
                    if (a == 0 || (a == 0xff) != opaque) {
                        break;
                    }
                    x++;
                }
                if (count + 3 > runs.length) {
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                runs[count++] = row + start;
                runs[count++] = x - start;
                runs[count++] = opaque ? 1 : 0;
            }
        }
        return new SparseLayer(pixels, Arrays.copyOf(runs, count));
    }
}
