package org.clusterscope.gui;

import java.util.function.Consumer;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.NemesisPattern;
import org.clusterscope.runtime.Command;

/** The right-click menu of a node: kill (crash), quit (graceful), restart, isolate. */
final class NodeMenu extends ContextMenu {

    NodeMenu(NodeId node, Consumer<Command> apply) {
        MenuItem kill = item("Kill " + node + " (crash)", "kill-item", () -> apply.accept(Command.kill(node)));
        MenuItem quit = item("Quit " + node + " (graceful goodbye)", "quit-item", () -> apply.accept(Command.quit(node)));
        MenuItem restart = item("Restart " + node, "restart-item", () -> apply.accept(Command.restart(node)));
        MenuItem isolate = item("Isolate " + node + " from the rest", "isolate-item",
                () -> apply.accept(new Command.Nemesis(NemesisPattern.ISOLATE, node)));
        getItems().addAll(kill, quit, restart, new SeparatorMenuItem(), isolate);
    }

    /**
     * Adds Private (PROTOCOL.md §8): checked when the node keeps only its file links; toggling it
     * calls {@code onChange} with the new flag.
     */
    void addPrivateItem(boolean isPrivate, java.util.function.Consumer<Boolean> onChange) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem("Private (keeps only its file links)");
        item.setId("private-item");
        item.setSelected(isPrivate);
        item.setOnAction(event -> onChange.accept(item.isSelected()));
        getItems().addAll(new SeparatorMenuItem(), item);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
