package org.clusterscope.gui.panels;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The log panel: filter toggles over a list of plain-words lines that follows the newest. */
public final class EventLogView extends VBox {

    private final ListView<LogLine> list = new ListView<>();

    public EventLogView(EventLogViewModel model) {
        setSpacing(4);
        FlowPane filters = new FlowPane(4, 4);
        for (LogCategory category : LogCategory.values()) {
            ToggleButton toggle = new ToggleButton(category.title());
            toggle.setSelected(model.isEnabled(category));
            toggle.getStyleClass().add("log-filter");
            toggle.selectedProperty().addListener((obs, was, on) -> model.setEnabled(category, on));
            filters.getChildren().add(toggle);
        }
        list.setItems(model.lines());
        list.getStyleClass().add("log-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(LogLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeIf(style -> style.startsWith("log-line-"));
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.display());
                getStyleClass().add("log-line-" + line.category().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        model.lines().addListener((ListChangeListener<LogLine>) change -> {
            if (!model.lines().isEmpty()) {
                list.scrollTo(model.lines().size() - 1);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filters, list);
    }

    public ListView<LogLine> list() {
        return list;
    }
}
