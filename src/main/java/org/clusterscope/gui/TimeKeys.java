package org.clusterscope.gui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

import org.clusterscope.gui.run.RunViewModel;

/**
 * The keys that move through the run's time, whatever has the focus except a text field, which
 * keeps its arrows, Home and End for its own text: ← → one event back or on, Shift+← → the
 * previous or next role change, Home the start, End the furthest instant the run reached.
 */
final class TimeKeys {

    private TimeKeys() {
    }

    static void handle(KeyEvent event, RunViewModel run) {
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        boolean back = switch (event.getCode()) {
            case LEFT, HOME, END -> true;
            default -> false;
        };
        if (back && !run.startedProperty().get()) {
            return; // nothing has run yet: there is no past to go to
        }
        switch (event.getCode()) {
            case LEFT -> {
                if (event.isShiftDown()) {
                    run.previousRoleChange();
                } else {
                    run.stepBack();
                }
            }
            case RIGHT -> {
                if (event.isShiftDown()) {
                    run.nextRoleChange();
                } else {
                    run.step();
                }
            }
            case HOME -> run.seek(0);
            case END -> run.seek(Math.max(0, run.frontierProperty().get() - 1));
            default -> {
                return;
            }
        }
        event.consume();
    }
}
