package org.clusterscope.gui.sequence;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The sequence diagram in a window of its own, larger, for a projector: it follows the same run
 * and the same instant as the Sequence tab. One at a time; asking again brings it to the front.
 */
public final class SequenceWindow {

    private final java.util.function.Supplier<SequencePanel> panels;
    private Stage stage;

    /** @param panels makes the panel the window shows (at projector scale) */
    public SequenceWindow(java.util.function.Supplier<SequencePanel> panels) {
        this.panels = panels;
    }

    public void show(Window owner) {
        if (stage != null) {
            stage.toFront();
            return;
        }
        SequencePanel panel = panels.get();
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Sequence diagram");
        stage.setScene(new Scene(panel, 1100, 800));
        stage.setOnHidden(e -> {
            panel.stop();
            stage = null;
        });
        stage.show();
    }

    /** Closes the window if it is open. */
    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    /** The window while it is open, else null. */
    public Stage stage() {
        return stage;
    }
}
