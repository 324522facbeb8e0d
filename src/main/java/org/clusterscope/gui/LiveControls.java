package org.clusterscope.gui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;

import org.clusterscope.gui.run.RunViewModel;

/**
 * What the toolbar shows while a run is on real sockets: a red "LIVE" badge with the group and
 * ports in use beside the clock, and the controls that cannot apply to real time (speed, step,
 * run until) disabled; the badge's tooltip says why, since a disabled control shows none.
 * Play/Pause stays: pause freezes the picture, and the nodes run on.
 */
final class LiveControls {

    static final String WHY = "Real nodes run in real time: speed, step and run-until cannot apply to them. "
            + "Pause freezes the picture; the nodes run on, and Play catches up.";

    private final Label badge = new Label();

    LiveControls(RunViewModel run, Label clock, Label speedLabel, List<Control> realTimeOnly) {
        badge.getStyleClass().add("live-badge");
        badge.setStyle("-fx-background-color: #c62828; -fx-text-fill: white; -fx-font-weight: bold; "
                + "-fx-padding: 2 8 2 8; -fx-background-radius: 3;");
        badge.setTooltip(new Tooltip(WHY));
        badge.setVisible(false);
        badge.managedProperty().bind(badge.visibleProperty());
        if (clock.getParent() instanceof Pane bar) {
            List<Node> children = bar.getChildren();
            children.add(children.indexOf(clock) + 1, badge);
        }
        Tooltip speedTip = speedLabel.getTooltip();
        run.liveProperty().addListener((obs, was, now) -> {
            boolean live = !now.isEmpty();
            badge.setVisible(live);
            badge.setText(live ? "LIVE · " + now : "");
            realTimeOnly.forEach(control -> control.setDisable(live));
            speedLabel.setText(live ? "1× real time" : speedText(run.speedProperty().get()));
            speedLabel.setTooltip(live ? new Tooltip(WHY) : speedTip);
        });
    }

    Label badge() {
        return badge;
    }

    private static String speedText(double speed) {
        return speed < 1 ? String.format(java.util.Locale.ROOT, "%.1f×", speed)
                : String.format(java.util.Locale.ROOT, "%.0f×", speed);
    }
}
