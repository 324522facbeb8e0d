package org.clusterscope.gui.panels;

import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.clusterscope.scenario.LogSection;

/** The log panel: filter toggles over a list of plain-words lines that follows the newest. */
public final class EventLogView extends VBox {

    private final ListView<LogLine> list = new ListView<>();
    private boolean follow;
    private final AnimationTimer follower;
    private final TextField search = new TextField();
    private java.util.function.LongConsumer onSeek = time -> { };
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

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
        filters.getChildren().add(sectionsButton(model));
        list.setItems(model.lines());
        list.getStyleClass().add("log-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(LogLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeIf(style -> style.startsWith("log-line-"));
                if (empty || line == null) {
                    pseudoClassStateChanged(CURRENT, false);
                    setText(null);
                    return;
                }
                setText(line.display());
                pseudoClassStateChanged(CURRENT, line == model.currentProperty().get());
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().add("log-line-" + line.category().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        // follow the line of the instant shown once per frame, however many lines arrived in it;
        // after a rewind the later lines stay below it, the future of this branch
        model.lines().addListener((ListChangeListener<LogLine>) change -> follow = true);
        model.currentProperty().addListener((obs, was, now) -> follow = true);
        follower = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (follow && !model.lines().isEmpty()) {
                    follow = false;
                    LogLine at = model.currentProperty().get();
                    int index = at == null ? 0 : model.lines().indexOf(at);
                    list.refresh();
                    list.scrollTo(Math.max(0, index - 3));
                }
            }
        };
        // a click on a line shows the run at that line's instant
        list.setOnMouseClicked(event -> {
            LogLine line = list.getSelectionModel().getSelectedItem();
            if (line != null && event.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                onSeek.accept(line.time());
            }
        });
        search.setPromptText("Search the log");
        search.getStyleClass().add("log-search");
        search.textProperty().bindBidirectional(model.searchProperty());
        follower.start();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filters, search, list);
    }

    /** Where a click on a line goes: the instant to show. */
    public void setOnSeek(java.util.function.LongConsumer listener) {
        onSeek = listener;
    }

    public TextField search() {
        return search;
    }

    /**
     * A menu button with a check item per section of the timeline (discovery, election, overlay,
     * network, faults, gdb, notes): the window's {@code run --log}.
     */
    private static MenuButton sectionsButton(EventLogViewModel model) {
        MenuButton button = new MenuButton("Sections");
        button.setId("log-sections");
        button.getStyleClass().add("log-filter");
        for (LogSection section : LogSection.values()) {
            CheckMenuItem item = new CheckMenuItem(section.jsonName());
            item.setId("log-section-" + section.jsonName());
            item.setSelected(model.isShown(section));
            item.selectedProperty().addListener((obs, was, on) -> model.setShown(section, on));
            button.getItems().add(item);
        }
        return button;
    }

    public void stop() {
        follower.stop();
    }

    public ListView<LogLine> list() {
        return list;
    }
}
