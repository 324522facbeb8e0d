package org.clusterscope.gui.panels;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.runtime.GdbPicture;

/**
 * The GDB panel (PROTOCOL.md §7): every cluster with its id in hex, mask, TTL, role and whether it
 * is online; its members with a role box each (a change applies at once); and the records the
 * selected node holds, with the time each has left. Refreshed from the newest picture the
 * simulation thread published; a role change goes back through {@code onRoleChange}.
 */
public final class GdbView extends VBox {

    /** Sets a member's role in a cluster; a null role removes the member. */
    @FunctionalInterface
    public interface RoleChange {
        void apply(String cluster, NodeId node, String role);
    }

    private static final List<String> ROLES = List.of("NOBODY", "GUEST", "USER", "ROOT");

    private final Supplier<GdbPicture> pictures;
    private final Supplier<NodeId> selected;
    private final RoleChange onRoleChange;
    private final Label clusters = new Label();
    private final GridPane members = new GridPane();
    private final Label recordsTitle = new Label();
    private final TableView<GdbPicture.Row> records = new TableView<>();
    private String shownMembers = "";
    private long now;

    public GdbView(Supplier<GdbPicture> pictures, Supplier<NodeId> selected, RoleChange onRoleChange) {
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.selected = Objects.requireNonNull(selected, "selected");
        this.onRoleChange = Objects.requireNonNull(onRoleChange, "onRoleChange");
        setSpacing(6);
        setPadding(new Insets(6));
        getStyleClass().add("gdb-panel");
        clusters.setWrapText(true);
        clusters.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        members.setHgap(8);
        members.setVgap(3);
        records.setPlaceholder(new Label("Select a node to see the records it holds"));
        records.getColumns().add(column("group", GdbPicture.Row::group));
        records.getColumns().add(column("key", GdbPicture.Row::key));
        records.getColumns().add(column("value", r -> r.value() == null ? "(deleted)" : r.value()));
        records.getColumns().add(column("writer", r -> r.writer().value()));
        records.getColumns().add(column("TTL left", r -> r.expiresAt() == Long.MAX_VALUE ? "local"
                : left(Math.max(0, r.expiresAt() - now))));
        records.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(records, Priority.ALWAYS);
        getChildren().addAll(heading("Clusters"), clusters, heading("Members"), members, recordsTitle, records);
        refresh();
    }

    /** Shows the newest picture; call on the FX thread, a few times a second. */
    public void refresh() {
        GdbPicture picture = pictures.get();
        if (picture == null) {
            clusters.setText("No GDB clusters running: they come from the file's \"gdb\" section and show once the run starts.");
            members.getChildren().clear();
            shownMembers = "";
            recordsTitle.setText("");
            records.getItems().clear();
            return;
        }
        now = picture.now();
        StringBuilder text = new StringBuilder();
        for (GdbPicture.Cluster c : picture.clusters()) {
            text.append(c.name()).append(c.online() ? "  ONLINE" : "  OFFLINE").append('\n')
                    .append("  id ").append(c.guuid()).append('\n')
                    .append("  mask ").append(c.mask()).append(", TTL ").append(ttl(c.ttlMicros()))
                    .append(", ").append(c.clusterRole()).append(c.ownerRoot() ? ", owner root" : "")
                    .append(", default ").append(c.defaultRole()).append('\n')
                    .append("  nets ").append(String.join(", ", c.nets())).append('\n');
        }
        for (GdbPicture.Net n : picture.nets()) {
            text.append("net ").append(n.name()).append(n.online() ? " online" : " offline")
                    .append(n.takenDown() ? " (taken down)" : "").append('\n');
        }
        clusters.setText(text.toString().strip());
        showMembers(picture);
        NodeId node = selected.get();
        if (node == null) {
            recordsTitle.setText("Records: select a node");
            records.getItems().clear();
        } else {
            List<GdbPicture.Row> rows = picture.recordsOf(node);
            recordsTitle.setText("Records held by " + node + " (" + rows.size() + ")");
            records.getItems().setAll(rows);
        }
    }

    private void showMembers(GdbPicture picture) {
        String key = picture.clusters().stream().map(c -> c.name() + c.members()).toList().toString();
        if (key.equals(shownMembers)) {
            return;
        }
        shownMembers = key;
        members.getChildren().clear();
        int row = 0;
        for (GdbPicture.Cluster c : picture.clusters()) {
            members.add(new Label(c.name()), 0, row++, 2, 1);
            for (var entry : c.members().entrySet()) {
                ComboBox<String> role = new ComboBox<>(FXCollections.observableArrayList(ROLES));
                role.setValue(entry.getValue());
                NodeId member = entry.getKey();
                role.setOnAction(e -> onRoleChange.apply(c.name(), member, role.getValue()));
                role.setAccessibleText("role of " + member + " in " + c.name());
                members.add(new Label("  " + member), 0, row);
                members.add(role, 1, row++);
            }
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-heading");
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    /** A remaining lifetime as a person reads it: {@code 2h 59m 36s}, {@code 4.2s}. */
    static String left(long micros) {
        long seconds = micros / 1_000_000;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", micros / 1e6);
        }
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return (h > 0 ? h + "h " : "") + m + "m " + s + "s";
    }

    private static String ttl(long micros) {
        long hourMicros = 3_600_000_000L;
        return micros % hourMicros == 0 ? (micros / hourMicros) + " h" : SimTime.format(micros);
    }

    private static TableColumn<GdbPicture.Row, String> column(String title,
            java.util.function.Function<GdbPicture.Row, String> value) {
        TableColumn<GdbPicture.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The cluster and network lines shown, as text. */
    public String clusterText() {
        return clusters.getText();
    }

    /** The records shown for the selected node. */
    public List<GdbPicture.Row> shownRecords() {
        return List.copyOf(records.getItems());
    }

    /** The role shown for a member, or null when it is not listed. */
    public String shownRole(String cluster, NodeId node) {
        for (javafx.scene.Node child : members.getChildren()) {
            if (child instanceof ComboBox<?> box && ("role of " + node + " in " + cluster).equals(box.getAccessibleText())) {
                return (String) box.getValue();
            }
        }
        return null;
    }

    /** Picks a role in a member's box, as a click would. */
    public void chooseRole(String cluster, NodeId node, String role) {
        for (javafx.scene.Node child : members.getChildren()) {
            if (child instanceof ComboBox<?> box && ("role of " + node + " in " + cluster).equals(box.getAccessibleText())) {
                @SuppressWarnings("unchecked")
                ComboBox<String> roles = (ComboBox<String>) box;
                roles.getSelectionModel().select(role);
                return;
            }
        }
        throw new IllegalArgumentException("no role box for " + node + " in " + cluster);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GdbView[%s]", clusters.getText());
    }
}
