package org.clusterscope.gui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.bridge.LiveFrame;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.TopologyDocument;

/**
 * The inspector: for the selected node its state, port, birth, tags, how it sees its peers,
 * the votes it holds and its count against the majority (PROTOCOL.md §3); for a selected link
 * its settings and live condition. Rows change only when their text does. FX thread only.
 */
public final class InspectorViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Nothing selected");
    private final ObservableList<InspectorRow> rows = FXCollections.observableArrayList();
    private final ObservableList<InspectorRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    /** Extra rows about a node's side of public mode (PROTOCOL.md §8); none unless the window sets it. */
    private java.util.function.Function<NodeId, List<InspectorRow>> overlayRows = id -> List.of();

    /** Where the rows about a node's overlay (degree, bounds, pending requests, private) come from. */
    public void setOverlayRows(java.util.function.Function<NodeId, List<InspectorRow>> rows) {
        overlayRows = rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<InspectorRow> rows() {
        return readOnlyRows;
    }

    public void show(NodeId node, LinkKey link, int selectedCount, TopologyDocument document, LiveFrame frame) {
        List<InspectorRow> next = new ArrayList<>();
        String heading;
        if (node != null && document.contains(node)) {
            heading = "Node " + node;
            describeNode(document.node(node).orElseThrow(), frame.nodes().get(node), next);
            next.addAll(overlayRows.apply(node));
        } else if (link != null && document.contains(link)) {
            heading = "Link " + link;
            describeLink(document.link(link).orElseThrow(), frame.links().get(link), next);
        } else if (selectedCount > 1) {
            heading = selectedCount + " nodes selected";
            next.add(new InspectorRow("tip", "Edit ▸ Wire Selection as Ring / Star / Clique"));
        } else {
            heading = "Nothing selected";
            next.add(new InspectorRow("nodes", Integer.toString(document.nodes().size())));
            next.add(new InspectorRow("links", Integer.toString(document.links().size())));
            if (!frame.isEmpty()) {
                next.add(new InspectorRow("masters", frame.masters().isEmpty() ? "none" : join(frame.masters())));
                next.add(new InspectorRow("packets sent", Long.toString(frame.packetsTotal())));
            }
            next.add(new InspectorRow("tip", "click a node or a link to inspect it"));
        }
        title.set(heading);
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    private static void describeNode(DocNode node, NodeLive live, List<InspectorRow> out) {
        if (live == null) {
            out.add(new InspectorRow("state", "not started yet"));
            out.add(new InspectorRow("port", Integer.toString(node.port())));
            out.add(new InspectorRow("tags", node.tags().isEmpty() ? "—" : String.join(", ", node.tags())));
            return;
        }
        if (!live.state().isRunning()) {
            describeStopped(live, out);
            return;
        }
        out.add(new InspectorRow("state", live.state().jsonName()));
        out.add(new InspectorRow("port", Integer.toString(live.port())));
        out.add(new InspectorRow("birth", live.state().isRunning() || live.birth() > 0 ? SimTime.formatMillis(live.birth()) : "—"));
        out.add(new InspectorRow("master", live.master() == null ? "—" : live.master().value()));
        out.add(new InspectorRow("votes for", live.vote() == null ? "—" : live.vote().value()));
        out.add(new InspectorRow("tags", live.tags().isEmpty() ? "—" : String.join(", ", live.tags())));
        out.add(new InspectorRow("connected", join(live.connected())));
        out.add(new InspectorRow("lost", join(live.lost())));
        out.add(new InspectorRow("dispatched", join(live.dispatched())));
        out.add(new InspectorRow("votes held", live.votesHeld().isEmpty() ? "—"
                : live.votesHeld().size() + " (" + join(live.votesHeld()) + ")"));
        if (live.countN() > 0) {
            out.add(new InspectorRow("count", live.countVotes() + " of " + live.countN() + ", majority is "
                    + live.majority() + (live.countVotes() >= live.majority() ? " ✔" : " ✘")));
        } else {
            out.add(new InspectorRow("count", "not counted yet"));
        }
    }

    /**
     * A node that is down or dispatched: it says so first, holds no votes and counts nothing,
     * and what it saw is shown as what it saw when it stopped, never as its state now.
     */
    private static void describeStopped(NodeLive live, List<InspectorRow> out) {
        out.add(new InspectorRow("state", live.state() == NodeState.DOWN
                ? "down: not running (killed)" : "dispatched: not running (shut itself down)"));
        out.add(new InspectorRow("port", Integer.toString(live.port())));
        out.add(new InspectorRow("birth", SimTime.formatMillis(live.birth()) + " (its last start)"));
        out.add(new InspectorRow("tags", live.tags().isEmpty() ? "—" : String.join(", ", live.tags())));
        out.add(new InspectorRow("votes held", "none (not running)"));
        out.add(new InspectorRow("when it stopped", "it saw:"));
        out.add(new InspectorRow("  connected", join(live.connected())));
        out.add(new InspectorRow("  lost", join(live.lost())));
        out.add(new InspectorRow("  dispatched", join(live.dispatched())));
        out.add(new InspectorRow("  last count", live.countN() > 0
                ? live.countVotes() + " of " + live.countN() + ", majority was " + live.majority() : "none"));
    }

    private static void describeLink(DocLink link, LinkLive live, List<InspectorRow> out) {
        out.add(new InspectorRow("latency", value(link.settings().latencyMs(), " ms")));
        out.add(new InspectorRow("jitter", value(link.settings().jitterMs(), " ms")));
        out.add(new InspectorRow("loss", link.settings().loss() == null ? "network default"
                : String.format(java.util.Locale.ROOT, "%.0f%%", link.settings().loss() * 100)));
        if (live != null) {
            String state = !live.up() ? "down" : live.cutByPartition() ? "cut by the partition" : "up";
            out.add(new InspectorRow("now", state));
            out.add(new InspectorRow("traffic", String.format(java.util.Locale.ROOT, "%.1f hops/s", live.hopsPerSecond())));
        } else {
            out.add(new InspectorRow("now", link.settings().up() ? "up" : "down"));
        }
    }

    private static String value(Double v, String unit) {
        return v == null ? "network default" : (v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString()) + unit;
    }

    private static String join(List<NodeId> ids) {
        return ids.isEmpty() ? "—" : ids.stream().map(NodeId::value).collect(Collectors.joining(", "));
    }
}
