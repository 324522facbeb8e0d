package org.clusterscope.gui.files;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * At start, after a run of the app that did not end cleanly, the work {@link Autosave} kept is
 * offered back in a dialog: Yes opens it as the current document, No forgets it. Never silently
 * dropped, never silently restored.
 */
public final class RecoveryOffer {

    private RecoveryOffer() {
    }

    /** Asks, when there is something to recover; returns whether it was restored. */
    public static boolean offer(Autosave autosave, DocumentSession session, Window owner) {
        var pending = autosave.pending();
        if (pending.isEmpty()) {
            return false;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "ClusterScope did not close cleanly last time. Restore the unsaved work \""
                        + pending.get().name() + "\" it kept?",
                ButtonType.YES, ButtonType.NO);
        ask.setHeaderText("Restore unsaved work?");
        if (owner != null) {
            ask.initOwner(owner);
        }
        if (ask.showAndWait().orElse(ButtonType.NO) == ButtonType.YES) {
            session.openScenario(pending.get());
            // the restored work is in no file yet: closing asks to save it, and autosave keeps it meanwhile
            session.markUnsaved();
            return true;
        }
        autosave.discard();
        return false;
    }
}
