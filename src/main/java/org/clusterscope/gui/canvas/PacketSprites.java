package org.clusterscope.gui.canvas;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;

/**
 * Packet and drop marks of crowded frames as sprites, drawn once per zoom by the very code of
 * {@link PacketPainter} and then stamped into the frame. A packet glides, so each shape is
 * drawn at {@value #PHASES}×{@value #PHASES} sub-pixel offsets (a quarter pixel apart) and a
 * vote's arrowhead in {@value #ANGLES} directions: stamped, it lands within an eighth of a pixel
 * and under three degrees of where the vector painter would put it. FX thread only.
 */
final class PacketSprites {

    static final int PHASES = 4;
    static final int ANGLES = 64;
    /** Above this cell size (device pixels) the sheets get large; callers draw vectors instead. */
    static final int MAX_CELL = 64;

    /** What the sprites are drawn for: the packet and drop sizes of a zoom, the device scale, halos or not. */
    record Sizes(double size, double lineWidth, double dropSize, double dropLineWidth, double pixelScale,
            boolean halos) {

        /** The sizes the vector painter would use for this frame. */
        static Sizes of(DrawModel model, double scale, double pixelScale) {
            return new Sizes(PacketPainter.size(model, scale), PacketPainter.lineWidth(scale),
                    PacketPainter.dropSize(model, scale), PacketPainter.dropLineWidth(scale), pixelScale,
                    PacketPainter.halos(model));
        }
    }

    private final Offscreen offscreen;
    private final Sizes sizes;
    private final Map<String, Sprite[]> flights = new HashMap<>();
    private Sprite[] drops;

    PacketSprites(Offscreen offscreen, Sizes sizes) {
        this.offscreen = offscreen;
        this.sizes = sizes;
    }

    Sizes sizes() {
        return sizes;
    }

    /** Whether sprites this large are worth it (at a deep zoom the few packets on screen are drawn as vectors). */
    boolean small() {
        return flightCell() <= MAX_CELL && dropCell() <= MAX_CELL;
    }

    /** The sprite of a packet of {@code kind} centred at device pixel {@code (x, y)}, heading {@code (dx, dy)}. */
    Sprite flight(String kind, double x, double y, double dx, double dy) {
        Sprite[] sheet = flights.computeIfAbsent(kind, this::drawFlights);
        int angle = kind.equals("vote") ? angle(dx, dy) : 0;
        return sheet[angle * PHASES * PHASES + phase(y) * PHASES + phase(x)];
    }

    /** The sprite of a drop mark at fading step {@code step} (0–3), centred at {@code (x, y)}. */
    Sprite drop(int step, double x, double y) {
        if (drops == null) {
            drops = drawDrops();
        }
        return drops[step * PHASES * PHASES + phase(y) * PHASES + phase(x)];
    }

    private static int phase(double v) {
        return Math.min(PHASES - 1, (int) ((v - Math.floor(v)) * PHASES));
    }

    private static int angle(double dx, double dy) {
        return Math.floorMod((int) Math.round(Math.atan2(dy, dx) / (2 * Math.PI) * ANGLES), ANGLES);
    }

    private int flightCell() {
        return cell(PacketPainter.REACH * sizes.size() + sizes.lineWidth());
    }

    private int dropCell() {
        return cell(sizes.dropSize() + sizes.dropLineWidth());
    }

    private int cell(double reach) {
        // even, so that the anchor is the centre pixel; room for the anti-aliased rim
        return 2 * (int) Math.ceil(reach * sizes.pixelScale()) + 4;
    }

    private Sprite[] drawFlights(String kind) {
        int rows = kind.equals("vote") ? ANGLES : 1;
        return sheet(rows, flightCell(), (gc, row) -> {
            double theta = 2 * Math.PI * row / ANGLES;
            gc.setLineWidth(sizes.lineWidth());
            PacketPainter.flight(gc, kind, 0, 0, Math.cos(theta), Math.sin(theta), sizes.size(), sizes.halos());
        });
    }

    private Sprite[] drawDrops() {
        return sheet(4, dropCell(),
                (gc, step) -> PacketPainter.drop(gc, 0, 0, sizes.dropSize(), sizes.dropLineWidth(), step));
    }

    private interface CellPainter {
        void paint(GraphicsContext gc, int row);
    }

    /** One sheet of {@code rows} × {@code PHASES²} cells, rendered in one snapshot and cut into sprites. */
    private Sprite[] sheet(int rows, int cell, CellPainter painter) {
        int columns = PHASES * PHASES;
        int width = columns * cell;
        int height = rows * cell;
        int[] pixels = offscreen.render(width, height, 1, gc -> {
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    gc.save();
                    // the shape's centre sits in the middle of its quarter-pixel bin
                    gc.translate(column * cell + cell / 2 + (column % PHASES + 0.5) / PHASES,
                            row * cell + cell / 2 + (column / PHASES + 0.5) / PHASES);
                    gc.scale(sizes.pixelScale(), sizes.pixelScale());
                    painter.paint(gc, row);
                    gc.restore();
                }
            }
        });
        Sprite[] sprites = new Sprite[rows * columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                sprites[row * columns + column] = Sprite.cut(pixels, width, column * cell, row * cell, cell);
            }
        }
        return sprites;
    }
}
