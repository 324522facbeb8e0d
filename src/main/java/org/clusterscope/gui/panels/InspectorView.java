package org.clusterscope.gui.panels;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The inspector panel: a title and a two-column grid of the view model's rows. */
public final class InspectorView extends VBox {

    private final GridPane grid = new GridPane();

    public InspectorView(InspectorViewModel model) {
        setSpacing(4);
        Label title = new Label();
        title.getStyleClass().add("inspector-title");
        title.textProperty().bind(model.titleProperty());
        grid.setHgap(10);
        grid.setVgap(2);
        getChildren().addAll(title, grid);
        model.rows().addListener((ListChangeListener<InspectorRow>) change -> rebuild(model));
        rebuild(model);
    }

    private void rebuild(InspectorViewModel model) {
        grid.getChildren().clear();
        int row = 0;
        for (InspectorRow item : model.rows()) {
            Label key = new Label(item.key());
            key.getStyleClass().add("inspector-key");
            key.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            Label value = new Label(item.value());
            value.getStyleClass().add("inspector-value");
            value.setWrapText(true);
            value.setMaxWidth(270);
            grid.addRow(row++, key, value);
        }
    }
}
