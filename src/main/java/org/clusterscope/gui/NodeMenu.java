package org.clusterscope.gui;

import java.util.function.Consumer;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.bridge.Fault;

/** The right-click menu of a node: kill (crash), quit (graceful), restart, isolate. */
final class NodeMenu extends ContextMenu {

    NodeMenu(NodeId node, Consumer<Fault> apply) {
        MenuItem kill = item("Kill " + node + " (crash)", "kill-item", () -> apply.accept(new Fault.Kill(node)));
        MenuItem quit = item("Quit " + node + " (graceful goodbye)", "quit-item", () -> apply.accept(new Fault.Quit(node)));
        MenuItem restart = item("Restart " + node, "restart-item", () -> apply.accept(new Fault.Restart(node)));
        MenuItem isolate = item("Isolate " + node + " from the rest", "isolate-item",
                () -> apply.accept(new Fault.Nemesis("isolate", node)));
        getItems().addAll(kill, quit, restart, new SeparatorMenuItem(), isolate);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
