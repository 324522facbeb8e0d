package org.clusterscope.gui.canvas;

/**
 * A small premultiplied-ARGB picture (a packet, a drop mark) to stamp into a {@link Raster}:
 * {@code width × height} pixels, with the shape's anchor at pixel {@code (anchorX, anchorY)}
 * of the sprite, so that stamping it "at" a frame pixel puts that pixel under the anchor.
 */
record Sprite(int[] pixels, int width, int height, int anchorX, int anchorY) {

    static final Sprite EMPTY = new Sprite(new int[0], 0, 0, 0, 0);

    /**
     * The part of square cell {@code (cellX, cellY, size × size)} of a sheet that holds any
     * paint, anchored at the cell's centre pixel.
     */
    static Sprite cut(int[] sheet, int sheetWidth, int cellX, int cellY, int size) {
        return cut(sheet, sheetWidth, cellX, cellY, size, size);
    }

    /** The painted part of a {@code cellWidth × cellHeight} cell, anchored at the cell's centre pixel. */
    static Sprite cut(int[] sheet, int sheetWidth, int cellX, int cellY, int cellWidth, int cellHeight) {
        int minX = cellWidth;
        int minY = cellHeight;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < cellHeight; y++) {
            int row = (cellY + y) * sheetWidth + cellX;
            for (int x = 0; x < cellWidth; x++) {
                if (sheet[row + x] >>> 24 != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return EMPTY;
        }
        int width = maxX - minX + 1;
        int height = maxY - minY + 1;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(sheet, (cellY + minY + y) * sheetWidth + cellX + minX, pixels, y * width, width);
        }
        return new Sprite(pixels, width, height, cellWidth / 2 - minX, cellHeight / 2 - minY);
    }
}
