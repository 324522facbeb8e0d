package org.clusterscope.gui.canvas;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;

/** Draws what the active tool shows: the rubber band, the link being dragged, the cut line. */
final class OverlayPainter {

    private OverlayPainter() {
    }

    static void paint(GraphicsContext gc, Overlay overlay, Viewport viewport) {
        if (overlay.rubberBand() != null) {
            Rectangle2D band = overlay.rubberBand();
            double x = viewport.toScreenX(band.getMinX());
            double y = viewport.toScreenY(band.getMinY());
            double w = band.getWidth() * viewport.scale();
            double h = band.getHeight() * viewport.scale();
            gc.setFill(Palette.SELECTION);
            gc.setGlobalAlpha(0.12);
            gc.fillRect(x, y, w, h);
            gc.setGlobalAlpha(1);
            gc.setStroke(Palette.SELECTION);
            gc.setLineWidth(1);
            gc.setLineDashes(4, 3);
            gc.strokeRect(x, y, w, h);
            gc.setLineDashes();
        }
        if (overlay.linkFrom() != null && overlay.linkTo() != null) {
            gc.setStroke(Palette.SELECTION);
            gc.setLineWidth(2.5);
            gc.setLineDashes(6, 4);
            gc.strokeLine(viewport.toScreenX(overlay.linkFrom().getX()), viewport.toScreenY(overlay.linkFrom().getY()),
                    viewport.toScreenX(overlay.linkTo().getX()), viewport.toScreenY(overlay.linkTo().getY()));
            gc.setLineDashes();
        }
        if (overlay.cutFrom() != null && overlay.cutTo() != null) {
            gc.setStroke(Palette.CUT);
            gc.setLineWidth(3);
            gc.setLineDashes(10, 6);
            gc.strokeLine(viewport.toScreenX(overlay.cutFrom().getX()), viewport.toScreenY(overlay.cutFrom().getY()),
                    viewport.toScreenX(overlay.cutTo().getX()), viewport.toScreenY(overlay.cutTo().getY()));
            gc.setLineDashes();
        }
    }
}
