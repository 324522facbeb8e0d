package org.clusterscope.gui.panels;

import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        list.setCellFactory(view -> new LogCell(model));
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

    /**
     * One line of the log in two columns: the time, then the words, wrapped between words with
     * every wrapped line starting under the first word, so the time column stays clear and a long
     * line reads as one entry.
     */
    private static final class LogCell extends ListCell<LogLine> {

        private final EventLogViewModel model;
        private final Label stamp = new Label();
        private final Label words = new Label();
        private final HBox row = new HBox(stamp, words);

        LogCell(EventLogViewModel model) {
            this.model = model;
            stamp.getStyleClass().add("log-time");
            stamp.setMinWidth(Region.USE_PREF_SIZE);
            words.getStyleClass().add("log-text");
            words.setWrapText(true);
            words.setMinWidth(0);
            words.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(words, Priority.ALWAYS);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // as wide as the list and no wider: the words wrap instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeIf(style -> style.startsWith("log-line-"));
            setText(null);
            if (empty || line == null) {
                pseudoClassStateChanged(CURRENT, false);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            stamp.setText(line.stamp() + "  ");
            words.setText(line.text());
            setGraphic(row);
            setAccessibleText(line.display());
            pseudoClassStateChanged(CURRENT, line == model.currentProperty().get());
            getStyleClass().add("log-line-" + line.category().name().toLowerCase(java.util.Locale.ROOT));
        }
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
