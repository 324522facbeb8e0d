package org.clusterscope.gui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;

/**
 * Moves nodes to a layout's positions over {@link #DURATION_NANOS}, easing in and out, by
 * showing preview positions in the editor; at the end the move becomes one undoable command.
 */
public final class LayoutAnimator {

    static final long DURATION_NANOS = 450_000_000L;

    private final EditorViewModel editor;
    private AnimationTimer running;

    public LayoutAnimator(EditorViewModel editor) {
        this.editor = editor;
    }

    public void animate(String label, Map<NodeId, Point2D> target) {
        finish();
        Map<NodeId, Point2D> from = new LinkedHashMap<>(editor.positions());
        running = new AnimationTimer() {
            private long start = -1;
            private String doneLabel = label;

            @Override
            public void handle(long now) {
                if (start < 0) {
                    start = now;
                }
                double t = Math.min(1, (now - start) / (double) DURATION_NANOS);
                double eased = t * t * (3 - 2 * t);
                Map<NodeId, Point2D> step = new LinkedHashMap<>();
                target.forEach((id, to) -> {
                    Point2D a = from.getOrDefault(id, to);
                    step.put(id, a.add(to.subtract(a).multiply(eased)));
                });
                editor.previewPositions(step);
                if (t >= 1) {
                    stop();
                    running = null;
                    editor.previewPositions(target);
                    editor.commitPreview(doneLabel);
                }
            }
        };
        running.start();
    }

    /** Whether a layout is still moving. */
    public boolean isRunning() {
        return running != null;
    }

    private void finish() {
        if (running != null) {
            running.stop();
            running = null;
            editor.cancelPreview();
        }
    }
}
