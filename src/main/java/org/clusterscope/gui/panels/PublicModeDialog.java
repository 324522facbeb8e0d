package org.clusterscope.gui.panels;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

import org.clusterscope.scenario.OverlaySettings;

/**
 * The scenario's public mode settings (SCENARIO_FORMAT.md "Public mode", PROTOCOL.md §8): on or
 * off, the connections each node aims at, and the maintenance period. The result is the
 * {@code overlay} section to save; null keeps a file without one.
 */
public final class PublicModeDialog extends Dialog<OverlaySettings> {

    private final CheckBox on = new CheckBox("Public mode: the overlay grows by discovery");
    private final Spinner<Integer> connections = new Spinner<>(1, 64, OverlaySettings.DEFAULT_CONNECTIONS);
    private final Spinner<Integer> maintenance = new Spinner<>(100, 600_000,
            (int) OverlaySettings.DEFAULT_MAINTENANCE_MS, 500);
    private final Label bounds = new Label();

    public PublicModeDialog(OverlaySettings current) {
        setTitle("Public mode");
        setHeaderText("Public mode (Tezt's Cluster.start ~public): nodes connect to peers they heard of");
        on.setId("public-mode");
        connections.setId("public-connections");
        maintenance.setId("public-maintenance");
        connections.setEditable(true);
        maintenance.setEditable(true);
        if (current != null) {
            on.setSelected(current.isPublic());
            connections.getValueFactory().setValue(current.connections());
            maintenance.getValueFactory().setValue((int) Math.min(600_000, current.maintenanceMs()));
        }
        connections.disableProperty().bind(on.selectedProperty().not());
        maintenance.disableProperty().bind(on.selectedProperty().not());
        connections.valueProperty().addListener((obs, was, now) -> showBounds());
        showBounds();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(on, 0, 0, 2, 1);
        grid.addRow(1, new Label("Connections"), connections);
        grid.add(bounds, 1, 2);
        grid.addRow(3, new Label("Maintenance every (ms)"), maintenance);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? result(current) : current);
    }

    /** The section to save: none stays none while public mode stays off. */
    OverlaySettings result(OverlaySettings current) {
        if (!on.isSelected() && current == null) {
            return null;
        }
        return new OverlaySettings(on.isSelected(), connections.getValue(), maintenance.getValue());
    }

    private void showBounds() {
        int n = connections.getValue();
        bounds.setText("each node keeps " + n / 2 + " to " + n * 3 / 2 + " connections");
    }

    public CheckBox publicMode() {
        return on;
    }

    public Spinner<Integer> connections() {
        return connections;
    }

    public Spinner<Integer> maintenance() {
        return maintenance;
    }
}
