package org.clusterscope.gui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.AddElements;
import org.clusterscope.gui.doc.CommandStack;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.EditCommand;
import org.clusterscope.gui.doc.EditLink;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.Words;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.clusterscope.gui.doc.MoveNodes;
import org.clusterscope.gui.doc.RemoveElements;
import org.clusterscope.gui.doc.Shapes;
import org.clusterscope.gui.doc.TopologyDocument;

/**
 * The topology editor's view model: the document, its undo history, the selection and the
 * active tool, as read-only properties. It never touches a control; the canvas forwards mouse
 * gestures to its methods and draws what it exposes. Every change of the document goes
 * through an {@link EditCommand}, so Ctrl+Z undoes it.
 *
 * <p>While a node drag or a layout animation is in progress, the nodes are shown at
 * {@link #positions() preview positions}; the document changes once, when the gesture ends.
 */
public final class EditorViewModel {

    private final TopologyDocument document = new TopologyDocument();
    private final CommandStack commands = new CommandStack(document);
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(Selection.EMPTY);
    private final ReadOnlyObjectWrapper<Tool> tool = new ReadOnlyObjectWrapper<>(Tool.EDIT);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<NodeId, Point2D> preview = new LinkedHashMap<>();
    private Selection markedSet = Selection.EMPTY;

    public EditorViewModel() {
        document.addListener(() -> {
            revision.set(document.revision());
            selection.set(selection.get().retain(
                    document.nodes().stream().map(DocNode::id).collect(Collectors.toSet()),
                    document.links().stream().map(DocLink::key).collect(Collectors.toSet())));
        });
        commands.addListener(() -> {
            canUndo.set(commands.canUndo());
            canRedo.set(commands.canRedo());
            dirty.set(commands.isDirty());
        });
    }

    // ---- properties ------------------------------------------------------------------------

    public TopologyDocument document() {
        return document;
    }

    public CommandStack commands() {
        return commands;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection.get();
    }

    public ReadOnlyObjectProperty<Tool> toolProperty() {
        return tool.getReadOnlyProperty();
    }

    public void setTool(Tool newTool) {
        tool.set(newTool);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** False while a simulation runs: the topology is then fixed, only faults change it. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public void setEditable(boolean value) {
        editable.set(value);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** A short sentence about the last thing done or refused, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ---- what the canvas draws -------------------------------------------------------------

    /** The nodes with any preview position applied (a drag or a layout in progress). */
    public List<DocNode> nodesForDrawing() {
        if (preview.isEmpty()) {
            return document.nodes();
        }
        List<DocNode> nodes = new ArrayList<>();
        for (DocNode node : document.nodes()) {
            Point2D p = preview.get(node.id());
            nodes.add(p == null ? node : node.movedTo(p.getX(), p.getY()));
        }
        return nodes;
    }

    /** Where each node is drawn now, by id. */
    public Map<NodeId, Point2D> positions() {
        Map<NodeId, Point2D> positions = new LinkedHashMap<>();
        nodesForDrawing().forEach(node -> positions.put(node.id(), new Point2D(node.x(), node.y())));
        return positions;
    }

    /** The smallest rectangle around every node, or null without nodes. */
    public Rectangle2D bounds() {
        List<DocNode> nodes = nodesForDrawing();
        if (nodes.isEmpty()) {
            return null;
        }
        double minX = nodes.stream().mapToDouble(DocNode::x).min().orElse(0);
        double maxX = nodes.stream().mapToDouble(DocNode::x).max().orElse(0);
        double minY = nodes.stream().mapToDouble(DocNode::y).min().orElse(0);
        double maxY = nodes.stream().mapToDouble(DocNode::y).max().orElse(0);
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    // ---- selection -------------------------------------------------------------------------

    public void select(Selection newSelection) {
        selection.set(newSelection);
    }

    public void selectOnly(NodeId node) {
        selection.set(Selection.ofNodes(List.of(node)));
    }

    public void toggle(NodeId node) {
        selection.set(selection.get().toggle(node));
    }

    public void selectLink(LinkKey link) {
        selection.set(Selection.ofLink(link));
    }

    public void clearSelection() {
        selection.set(Selection.EMPTY);
    }

    public void selectAll() {
        selection.set(Selection.ofNodes(document.nodes().stream().map(DocNode::id).toList()));
    }

    /** Selects the nodes inside {@code band}; with {@code additive} (shift) they join the selection. */
    public void selectInRect(Rectangle2D band, boolean additive) {
        List<NodeId> inside = document.nodes().stream()
                .filter(node -> band.contains(node.x(), node.y())).map(DocNode::id).toList();
        selection.set(additive ? selection.get().plus(inside) : Selection.ofNodes(inside));
    }

    // ---- edits -----------------------------------------------------------------------------

    /** Places a new node at {@code where} with the next free id and port, and selects it. */
    public Optional<NodeId> placeNode(Point2D where) {
        if (!checkEditable()) {
            return Optional.empty();
        }
        NodeId id = document.nextFreeId();
        DocNode node = new DocNode(id, document.nextFreePort(), round(where.getX()), round(where.getY()), List.of());
        execute(new AddElements("Add node " + id, List.of(node), List.of()));
        selectOnly(id);
        return Optional.of(id);
    }

    /** Links two nodes with the default settings; nothing happens if they already are linked. */
    public void link(NodeId a, NodeId b) {
        if (a.equals(b) || !checkEditable()) {
            return;
        }
        AddElements add = AddElements.linksOnly("Link " + a + "—" + b, document,
                List.of(new DocLink(LinkKey.of(a, b), LinkSettingsValue.DEFAULT)));
        if (add.isEmpty()) {
            status.set(a + " and " + b + " are already linked");
            return;
        }
        execute(add);
        selectLink(LinkKey.of(a, b));
    }

    /** Wires the selected nodes as a ring, star (first selected is the center) or clique. */
    public void wireSelection(ShapeKind shape) {
        List<NodeId> nodes = selection.get().nodes();
        if (nodes.size() < 2) {
            status.set("Select at least two nodes to wire them as a " + shape.word());
            return;
        }
        if (!checkEditable()) {
            return;
        }
        AddElements add = AddElements.linksOnly(capitalised(shape.word()) + " of " + Words.count(nodes.size(), "node"),
                document, shape.links(nodes));
        if (add.isEmpty()) {
            status.set("Those nodes are already wired as a " + shape.word());
            return;
        }
        execute(add);
    }

    /** Remembers the current node selection as the first set of a "connect". */
    public void markSelectionForConnect() {
        markedSet = Selection.ofNodes(selection.get().nodes());
        status.set(Words.count(markedSet.nodes().size(), "node") + " marked: select the other set, then Connect to marked");
    }

    public boolean hasMarkedSet() {
        return !markedSet.nodes().isEmpty();
    }

    /** Links every node of the marked set to every node of the current selection. */
    public void connectToMarked() {
        List<NodeId> left = markedSet.nodes().stream().filter(document::contains).toList();
        List<NodeId> right = selection.get().nodes();
        if (left.isEmpty() || right.isEmpty()) {
            status.set("Mark one set of nodes, select another, then connect them");
            return;
        }
        if (!checkEditable()) {
            return;
        }
        AddElements add = AddElements.linksOnly("Connect " + left.size() + " to " + Words.count(right.size(), "node"),
                document, Shapes.connect(left, right));
        if (!add.isEmpty()) {
            execute(add);
        }
        markedSet = Selection.EMPTY;
    }

    /** Adds {@code count} new nodes on a circle around {@code center}, wired as {@code shape}. */
    public List<NodeId> addNodesAs(int count, ShapeKind shape, Point2D center) {
        if (count < 1 || !checkEditable()) {
            return List.of();
        }
        List<DocNode> nodes = new ArrayList<>();
        int port = document.nextFreePort();
        int k = 1;
        double radius = ringRadius(count);
        for (int i = 0; i < count; i++) {
            NodeId id;
            do {
                id = NodeId.of("n" + k++);
            } while (document.contains(id));
            while (portTaken(port, nodes)) {
                port++;
            }
            double angle = -Math.PI / 2 + 2 * Math.PI * i / count;
            boolean starCenter = shape == ShapeKind.STAR && i == 0;
            double x = starCenter ? center.getX() : center.getX() + radius * Math.cos(angle);
            double y = starCenter ? center.getY() : center.getY() + radius * Math.sin(angle);
            nodes.add(new DocNode(id, port++, round(x), round(y), List.of()));
        }
        List<NodeId> ids = nodes.stream().map(DocNode::id).toList();
        execute(new AddElements("Add " + Words.count(count, "node") + " as a " + shape.word(), nodes, shape.links(ids)));
        selection.set(Selection.ofNodes(ids));
        return ids;
    }

    private static double ringRadius(int count) {
        return Math.max(90, count * 55 / (2 * Math.PI));
    }

    /**
     * Where to centre {@code count} new nodes so that they sit beside the existing ones, to their
     * right, never on top of an earlier group; {@code fallback} (the view's centre) when there are none.
     */
    public Point2D centreBesideExisting(int count, Point2D fallback) {
        Rectangle2D taken = bounds();
        if (taken == null) {
            return fallback;
        }
        double radius = ringRadius(count);
        return new Point2D(taken.getMaxX() + 120 + radius, taken.getMinY() + taken.getHeight() / 2);
    }

    private boolean portTaken(int port, List<DocNode> adding) {
        return document.nodes().stream().anyMatch(node -> node.port() == port)
                || adding.stream().anyMatch(node -> node.port() == port);
    }

    /** Deletes the selected nodes (with their links) and links. */
    public void deleteSelection() {
        if (selection.get().isEmpty() || !checkEditable()) {
            return;
        }
        RemoveElements remove = new RemoveElements(document, selection.get().nodes(), selection.get().links());
        if (!remove.isEmpty()) {
            execute(remove);
            clearSelection();
        }
    }

    /** Changes a link's settings; a no-op when nothing changes. */
    public void editLink(LinkKey key, LinkSettingsValue settings) {
        document.link(key).filter(link -> !link.settings().equals(settings)).ifPresent(link -> {
            if (checkEditable()) {
                execute(new EditLink(link, settings));
            }
        });
    }

    // ---- moving: a preview while dragging, one command at the end --------------------------

    /** Shows the selected nodes moved by {@code (dx, dy)} from where the document has them. */
    public void previewMove(double dx, double dy) {
        preview.clear();
        for (NodeId id : selection.get().nodes()) {
            document.node(id).ifPresent(node -> preview.put(id, new Point2D(node.x() + dx, node.y() + dy)));
        }
    }

    /** Shows nodes at the given positions (a layout on its way). */
    public void previewPositions(Map<NodeId, Point2D> positions) {
        preview.clear();
        preview.putAll(positions);
    }

    /** Ends a drag or layout: the preview becomes one undoable move. Moving is allowed while running. */
    public void commitPreview(String label) {
        Map<NodeId, Point2D> target = new LinkedHashMap<>();
        preview.forEach((id, p) -> target.put(id, new Point2D(round(p.getX()), round(p.getY()))));
        preview.clear();
        boolean moved = target.entrySet().stream().anyMatch(entry -> document.node(entry.getKey())
                .map(node -> node.x() != entry.getValue().getX() || node.y() != entry.getValue().getY())
                .orElse(false));
        if (moved) {
            execute(MoveNodes.to(label, document, target));
        }
    }

    public void cancelPreview() {
        preview.clear();
    }

    public boolean hasPreview() {
        return !preview.isEmpty();
    }

    // ---- undo ------------------------------------------------------------------------------

    public void undo() {
        preview.clear();
        if (!commands.nextUndo().map(EditCommand::allowedWhileRunning).orElse(true) && !checkEditable()) {
            return;
        }
        commands.undoLabel().ifPresent(label -> status.set("Undone: " + label));
        commands.undo();
    }

    public void redo() {
        preview.clear();
        if (!commands.nextRedo().map(EditCommand::allowedWhileRunning).orElse(true) && !checkEditable()) {
            return;
        }
        commands.redoLabel().ifPresent(label -> status.set("Redone: " + label));
        commands.redo();
    }

    /** Replaces the whole document (New, Open) and forgets its history. */
    public void load(String title, List<DocNode> nodes, List<DocLink> links) {
        preview.clear();
        markedSet = Selection.EMPTY;
        document.replaceAll(title, nodes, links);
        commands.reset();
        clearSelection();
    }

    private void execute(EditCommand command) {
        commands.execute(command);
        status.set(command.label());
    }

    private boolean checkEditable() {
        if (!editable.get()) {
            status.set("Reset the simulation to edit the topology (moving nodes is always allowed)");
        }
        return editable.get();
    }

    private static double round(double value) {
        return Math.round(value);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The links of {@code nodes} inside the document, for tests and the inspector. */
    public Set<LinkKey> linkKeys() {
        return document.links().stream().map(DocLink::key).collect(Collectors.toSet());
    }
}
