package org.clusterscope.gui.panels;

import java.util.function.BiConsumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;

/**
 * The link panel: latency, jitter, loss and up/down of the selected link, applied with one
 * button. Before play the change edits the topology (undoable); while running it is a fault
 * applied to the live network — the caller decides which.
 */
public final class LinkEditorView extends VBox {

    private final Spinner<Double> latency = new Spinner<>(0.0, 10_000.0, 10.0, 5.0);
    private final Spinner<Double> jitter = new Spinner<>(0.0, 10_000.0, 0.0, 1.0);
    private final Slider loss = new Slider(0, 1, 0);
    private final Label lossLabel = new Label("0%");
    private final CheckBox up = new CheckBox("link up");
    private final Button apply = new Button("Apply to link");
    private LinkKey key;

    public LinkEditorView(BiConsumer<LinkKey, LinkSettingsValue> onApply) {
        setSpacing(6);
        setPadding(new Insets(6, 0, 0, 0));
        latency.setEditable(true);
        jitter.setEditable(true);
        latency.setPrefWidth(110);
        jitter.setPrefWidth(110);
        loss.setMajorTickUnit(0.25);
        loss.setShowTickMarks(true);
        loss.valueProperty().addListener((obs, was, now) -> lossLabel.setText(Math.round(now.doubleValue() * 100) + "%"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label("latency ms"), latency);
        grid.addRow(1, new Label("jitter ms"), jitter);
        grid.addRow(2, new Label("loss"), loss, lossLabel);
        grid.addRow(3, new Label(""), up);
        apply.setDefaultButton(false);
        apply.setOnAction(event -> {
            if (key != null) {
                onApply.accept(key, settings());
            }
        });
        getChildren().addAll(grid, apply);
    }

    /** Shows a link's settings; {@code defaultLatencyMs} stands in for "network default". */
    public void show(DocLink link, double defaultLatencyMs, double defaultJitterMs) {
        key = link.key();
        LinkSettingsValue s = link.settings();
        latency.getValueFactory().setValue(s.latencyMs() == null ? defaultLatencyMs : s.latencyMs());
        jitter.getValueFactory().setValue(s.jitterMs() == null ? defaultJitterMs : s.jitterMs());
        loss.setValue(s.loss() == null ? 0 : s.loss());
        up.setSelected(s.up());
    }

    /** What the controls say now. */
    public LinkSettingsValue settings() {
        return new LinkSettingsValue(latency.getValue(), jitter.getValue(), Math.round(loss.getValue() * 100) / 100.0,
                up.isSelected());
    }

    public Button applyButton() {
        return apply;
    }

    public CheckBox upBox() {
        return up;
    }

    public Slider lossSlider() {
        return loss;
    }
}
