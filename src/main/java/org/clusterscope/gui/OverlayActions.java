package org.clusterscope.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.canvas.HitTest;
import org.clusterscope.gui.doc.AddElements;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.EditCommand;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.files.OverlayDraft;
import org.clusterscope.gui.panels.InspectorRow;
import org.clusterscope.gui.panels.OverlayRows;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.overlay.NodeOverlay;
import org.clusterscope.scenario.OverlaySettings;

/**
 * What the window does about public mode (PROTOCOL.md §8): a node made private or public (a
 * {@code private} command while running, the node's flag in the file while editing), a
 * discovered link closed by hand (a {@code close} command, so record mode keeps it), the grown
 * overlay kept as file links (Edit ▸ Keep Discovered Links, undoable), and the file's
 * {@code overlay} settings. No controls: the controller shows the menus and dialogs.
 */
public final class OverlayActions {

    private final MainViewModel model;
    private final DocumentSession session;

    public OverlayActions(MainViewModel model, DocumentSession session) {
        this.model = model;
        this.session = session;
    }

    private boolean running() {
        return model.run().startedProperty().get();
    }

    private Optional<NodeOverlay> live(NodeId node) {
        return model.run().overlayNodes().stream().filter(n -> n.id().equals(node)).findFirst();
    }

    /** Whether the node is private: in the run while it runs, in the file otherwise. */
    public boolean isPrivate(NodeId node) {
        if (running()) {
            return live(node).map(NodeOverlay::privateNode).orElse(session.overlay().isPrivate(node));
        }
        return session.overlay().isPrivate(node);
    }

    /** Makes a node private or public: a command while running, an undoable edit of the file otherwise. */
    public void setPrivate(NodeId node, boolean privateNode) {
        if (running()) {
            model.apply(new Command.SetPrivate(node, privateNode));
            return;
        }
        OverlayDraft.Change change = session.overlay().withPrivate(node, privateNode);
        if (!change.changesNothing()) {
            model.editor().commands().execute(change);
            session.report(change.label() + (session.overlay().isPublic() ? ""
                    : " (public mode is off: every node keeps only its file links until it is turned on)"));
        }
        model.refreshInspector();
    }

    /** The discovered link (not one the file holds) passing within {@code reach} of a world point, if any. */
    public Optional<LinkKey> discoveredLinkAt(Point2D world, double reach) {
        List<DocLink> discovered = new ArrayList<>();
        for (LinkKey key : model.run().frame().overlay().discovered().keySet()) {
            if (!model.editor().document().contains(key)) {
                discovered.add(new DocLink(key, LinkSettingsValue.DEFAULT));
            }
        }
        Map<NodeId, Point2D> positions = model.editor().positions();
        return HitTest.linkAt(discovered, positions, world, reach);
    }

    /** Closes a discovered link by hand, as the {@code close} command; record mode keeps it. */
    public void close(LinkKey link) {
        model.apply(new Command.CloseLink(link.a(), link.b()));
    }

    /**
     * Edit ▸ Keep Discovered Links: the discovered links up now become links of the file, in one
     * undoable step, so a grown mesh can be saved as a new scenario. Returns how many were added.
     */
    public int keepDiscoveredLinks() {
        List<DocLink> links = new ArrayList<>();
        for (LinkKey key : model.run().frame().overlay().discovered().keySet()) {
            links.add(new DocLink(key, LinkSettingsValue.DEFAULT));
        }
        AddElements add = AddElements.linksOnly("Keep " + org.clusterscope.gui.doc.Words.count(links.size(),
                "discovered link") + " as file links", model.editor().document(), links);
        if (add.isEmpty()) {
            return 0;
        }
        model.editor().commands().execute(EditCommand.whileRunning(add));
        return links.size();
    }

    /** Sets the file's {@code overlay} section (undoable); it takes effect at the next start. */
    public void setSettings(OverlaySettings settings) {
        OverlayDraft.Change change = session.overlay().withSettings(settings);
        if (!change.changesNothing()) {
            model.editor().commands().execute(change);
            session.report(change.label() + (running() ? " (from the next run: press Reset)" : ""));
        }
    }

    /** The inspector's rows about a node's side of the overlay. */
    public List<InspectorRow> rows(NodeId node) {
        if (running()) {
            return live(node).map(OverlayRows::live).orElse(List.of());
        }
        OverlaySettings settings = session.overlay().settings();
        if (settings == null || !settings.isPublic()) {
            return List.of();
        }
        return OverlayRows.draft(session.overlay().isPrivate(node), settings.min(), settings.max());
    }
}
