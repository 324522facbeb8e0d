package org.clusterscope.gui.panels;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The caption over the bottom of the canvas: the scenario's description, whole and wrapped, to be
 * read aloud, with the latest note of the run as a subtitle below it. It lets clicks through to
 * the canvas, so it never stands in the way of editing.
 */
public final class CaptionPanel extends VBox {

    private final Label description = new Label();
    private final Label note = new Label();

    public CaptionPanel(ObservableStringValue descriptionText, ObservableStringValue noteText) {
        getStyleClass().add("caption-panel");
        description.getStyleClass().add("caption-description");
        note.getStyleClass().add("caption-note");
        description.setWrapText(true);
        note.setWrapText(true);
        // as tall as the wrapped text needs: never "…" at the end of a sentence read aloud
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        description.textProperty().bind(descriptionText);
        note.textProperty().bind(noteText);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(description, note);
        setSpacing(4);
        setMouseTransparent(true);
        setMaxHeight(USE_PREF_SIZE);
        setMaxWidth(900);
        setFillWidth(true);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        StackPane.setMargin(this, new javafx.geometry.Insets(0, 24, 40, 24));
    }

    /** The description as shown, whole. */
    public String descriptionShown() {
        return description.getText();
    }

    /** The subtitle as shown: the latest note, or empty. */
    public String noteShown() {
        return note.getText();
    }

    /** True when the description's label is laid out tall enough for all its lines (nothing cut with "…"). */
    public boolean descriptionFits() {
        double width = description.getWidth();
        return width > 0 && description.getHeight() + 0.5 >= description.prefHeight(width);
    }
}
