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
        Glide glide = new Glide(editor, label, target);
        running = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (glide.frame(now)) {
                    stop();
                    running = null;
                }
            }
        };
        running.start();
    }

    /**
     * One layout on its way: each frame shows the nodes where they are at that pulse's instant,
     * and the last frame commits the move as one undoable command. Kept apart from the timer so
     * that a test can hand it the instants itself.
     */
    static final class Glide {

        private final EditorViewModel editor;
        private final String label;
        private final Map<NodeId, Point2D> from;
        private final Map<NodeId, Point2D> target;
        private long start = -1;

        Glide(EditorViewModel editor, String label, Map<NodeId, Point2D> target) {
            this.editor = editor;
            this.label = label;
            this.from = new LinkedHashMap<>(editor.positions());
            this.target = target;
        }

        /** Shows the frame of instant {@code now} (nanoseconds); true once the move is committed. */
        boolean frame(long now) {
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
                editor.previewPositions(target);
                editor.commitPreview(label);
                return true;
            }
            return false;
        }
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
