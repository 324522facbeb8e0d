package org.clusterscope.gui.canvas;

/**
 * An opaque frame of premultiplied ARGB pixels that the crowded-frame painter composes in plain
 * Java: a cached background copied in, sprites stamped on, a cached layer of nodes laid over.
 * The software renderer pays 5–15 µs per shape it draws; stamping a sprite costs a few
 * hundred nanoseconds, and blending is the ordinary "source over" on premultiplied colour.
 */
final class Raster {

    final int width;
    final int height;
    final int[] pixels;

    Raster(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    void copyFrom(int[] source) {
        System.arraycopy(source, 0, pixels, 0, pixels.length);
    }

    /** Stamps {@code sprite} with its anchor on frame pixel {@code (x, y)}, clipped to the frame. */
    void stamp(Sprite sprite, int x, int y) {
        stamp(pixels, width, height, sprite, x, y, false);
    }

    /** Lays a {@link SparseLayer} (same size as this frame) over the frame. */
    void lay(SparseLayer layer) {
        int[] src = layer.pixels();
        int[] runs = layer.runs();
        for (int i = 0; i < runs.length; i += 3) {
            int start = runs[i];
            int length = runs[i + 1];
            if (runs[i + 2] != 0) {
                System.arraycopy(src, start, pixels, start, length);
            } else {
                for (int j = start, end = start + length; j < end; j++) {
                    pixels[j] = over(src[j], pixels[j]);
                }
            }
        }
    }

    /** Stamps {@code sprite} onto a transparent or translucent picture ({@link #overAny}). */
    static void stampAny(int[] pixels, int width, int height, Sprite sprite, int x, int y) {
        stamp(pixels, width, height, sprite, x, y, true);
    }

    /** The stamp of both: onto an opaque frame ({@link #over}), or onto any picture. */
    private static void stamp(int[] pixels, int width, int height, Sprite sprite, int x, int y, boolean any) {
        int left = x - sprite.anchorX();
        int top = y - sprite.anchorY();
        int x0 = Math.max(0, -left);
        int y0 = Math.max(0, -top);
        int x1 = Math.min(sprite.width(), width - left);
        int y1 = Math.min(sprite.height(), height - top);
        int[] src = sprite.pixels();
        for (int sy = y0; sy < y1; sy++) {
            int s = sy * sprite.width();
            int d = (top + sy) * width + left;
            for (int sx = x0; sx < x1; sx++) {
                int p = src[s + sx];
                if (p != 0) {
                    pixels[d + sx] = any ? overAny(p, pixels[d + sx]) : over(p, pixels[d + sx]);
                }
            }
        }
    }

    /** {@code source} over any {@code destination}, both premultiplied ARGB. */
    static int overAny(int source, int destination) {
        int alpha = source >>> 24;
        if (alpha == 0xff) {
            return source;
        }
        int keep = 256 - alpha;
        int rb = ((destination & 0x00ff00ff) * keep >>> 8) & 0x00ff00ff;
        int ag = ((destination >>> 8 & 0x00ff00ff) * keep) & 0xff00ff00;
        return source + (rb | ag);
    }

    /** {@code source} over an opaque {@code destination}, both premultiplied ARGB. */
    static int over(int source, int destination) {
        int alpha = source >>> 24;
        if (alpha == 0xff) {
            return source;
        }
        // 256 - alpha keeps a transparent source exact; the 1/256 error elsewhere is invisible
        int keep = 256 - alpha;
        int rb = ((destination & 0x00ff00ff) * keep >>> 8) & 0x00ff00ff;
        int g = ((destination & 0x0000ff00) * keep >>> 8) & 0x0000ff00;
        return 0xff000000 | (source & 0x00ffffff) + (rb | g);
    }
}
