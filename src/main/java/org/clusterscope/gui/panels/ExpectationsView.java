package org.clusterscope.gui.panels;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The expectations panel: one line per expectation with a PASS / FAIL / … badge. */
public final class ExpectationsView extends VBox {

    public ExpectationsView(ExpectationsViewModel model) {
        setSpacing(5);
        model.rows().addListener((ListChangeListener<ExpectationRow>) change -> rebuild(model));
        rebuild(model);
    }

    private void rebuild(ExpectationsViewModel model) {
        getChildren().clear();
        if (model.rows().isEmpty()) {
            getChildren().add(new Label("This scenario states no expectations."));
            return;
        }
        for (ExpectationRow row : model.rows()) {
            Label badge = new Label(switch (row.status()) {
                case PASS -> "PASS";
                case FAIL -> "FAIL";
                case PENDING -> "…";
            });
            badge.getStyleClass().add("badge-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
            badge.setMinWidth(44);
            Label text = new Label(row.text());
            text.setWrapText(true);
            // as wide as the panel allows and as tall as the wrapped words need (never cut with "…")
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.getStyleClass().add("expectation-text");
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            if (!row.detail().isEmpty()) {
                text.setTooltip(new Tooltip(row.detail()));
            }
            HBox line = new HBox(6, badge, text);
            getChildren().add(line);
        }
    }
}
