package org.clusterscope.gui.editor;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.canvas.CanvasView;
import org.clusterscope.gui.canvas.HitTest;
import org.clusterscope.gui.canvas.Overlay;
import org.clusterscope.gui.canvas.Viewport;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.Words;

/**
 * Turns mouse and key gestures on the canvas into calls on the {@link EditorViewModel}:
 * double-click empty space (or click it with the add tool) to place a node, click empty space
 * to clear the selection, click/shift-click to select, drag to move or rubber-band,
 * drag node→node with the link tool (or with Ctrl held) to link, draw a line with the cut tool,
 * wheel to zoom, middle-drag or space+drag to pan, Delete to delete. It holds only gesture
 * state; everything that lasts lives in the view model.
 */
public final class CanvasInput {

    /** Below this many pixels of movement, a press and release is a click. */
    private static final double CLICK_SLOP = 4;

    private enum Gesture { NONE, PAN, MOVE, RUBBER_BAND, LINK, CUT, PLACE }

    private final CanvasView view;
    private final EditorViewModel editor;
    private final Supplier<Double> nodeRadius;
    private BiConsumer<Point2D, Point2D> onCut = (from, to) -> { };
    private BiConsumer<Optional<NodeId>, ContextMenuEvent> onContextMenu = (node, event) -> { };
    private Gesture gesture = Gesture.NONE;
    private Point2D pressScreen;
    private Point2D pressWorld;
    private Point2D lastScreen;
    private NodeId pressedNode;
    private boolean spaceDown;
    private Overlay overlay = Overlay.NONE;
    /** The whole id of the node under the mouse: the disc may show it shrunk or cut short. */
    private final Tooltip nodeTip = new Tooltip();
    private NodeId tipNode;

    public CanvasInput(CanvasView view, EditorViewModel editor, Supplier<Double> nodeRadius) {
        this.view = view;
        this.editor = editor;
        this.nodeRadius = nodeRadius;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        nodeTip.setShowDelay(javafx.util.Duration.millis(300));
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        view.setOnContextMenuRequested(event -> {
            Point2D world = viewport().toWorld(event.getX(), event.getY());
            onContextMenu.accept(nodeAt(world), event);
            event.consume();
        });
    }

    /** What to do when the cut tool's line is complete (world coordinates). */
    public void setOnCut(BiConsumer<Point2D, Point2D> handler) {
        onCut = handler;
    }

    /** What to do on a right-click: the node under the mouse, if any, and the event. */
    public void setOnContextMenu(BiConsumer<Optional<NodeId>, ContextMenuEvent> handler) {
        onContextMenu = handler;
    }

    /** The rubber band, link or cut line being drawn, for the canvas. */
    public Overlay overlay() {
        return overlay;
    }

    /** The tooltip naming the node under the mouse, installed on the canvas only over a node. */
    public Tooltip nodeTooltip() {
        return nodeTip;
    }

    private void moved(MouseEvent event) {
        NodeId node = nodeAt(viewport().toWorld(event.getX(), event.getY())).orElse(null);
        if (java.util.Objects.equals(node, tipNode)) {
            return;
        }
        tipNode = node;
        if (node == null) {
            Tooltip.uninstall(view, nodeTip);
        } else {
            nodeTip.setText(node.value());
            Tooltip.install(view, nodeTip);
        }
    }

    private Viewport viewport() {
        return view.viewport();
    }

    private Optional<NodeId> nodeAt(Point2D world) {
        return HitTest.nodeAt(editor.nodesForDrawing(), world, nodeRadius.get() + 3);
    }

    private Optional<LinkKey> linkAt(Point2D world) {
        return HitTest.linkAt(editor.document().links(), editor.positions(), world, 7 / viewport().scale());
    }

    private void pressed(MouseEvent event) {
        view.requestFocus();
        pressScreen = new Point2D(event.getX(), event.getY());
        lastScreen = pressScreen;
        pressWorld = viewport().toWorld(event.getX(), event.getY());
        pressedNode = null;
        if (event.getButton() == MouseButton.MIDDLE || (event.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = Gesture.PAN;
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            gesture = Gesture.NONE;
            return;
        }
        Optional<NodeId> node = nodeAt(pressWorld);
        Tool tool = editor.toolProperty().get();
        if (tool == Tool.CUT) {
            gesture = Gesture.CUT;
            overlay = Overlay.cut(pressWorld, pressWorld);
            return;
        }
        if (node.isPresent() && (tool == Tool.LINK || event.isShortcutDown())) {
            pressedNode = node.get();
            gesture = Gesture.LINK;
            overlay = Overlay.link(pressWorld, pressWorld);
            return;
        }
        if (node.isPresent()) {
            pressedNode = node.get();
            if (event.isShiftDown()) {
                editor.toggle(node.get());
            } else if (!editor.selection().nodes().contains(node.get())) {
                editor.selectOnly(node.get());
            }
            gesture = editor.selection().nodes().contains(node.get()) ? Gesture.MOVE : Gesture.NONE;
            return;
        }
        Optional<LinkKey> link = linkAt(pressWorld);
        if (link.isPresent()) {
            editor.selectLink(link.get());
            gesture = Gesture.NONE;
            return;
        }
        gesture = tool == Tool.EDIT || tool == Tool.ADD ? Gesture.PLACE : Gesture.RUBBER_BAND;
    }

    private void dragged(MouseEvent event) {
        Point2D screen = new Point2D(event.getX(), event.getY());
        Point2D world = viewport().toWorld(event.getX(), event.getY());
        switch (gesture) {
            case PAN -> viewport().panBy(screen.getX() - lastScreen.getX(), screen.getY() - lastScreen.getY());
            case MOVE -> editor.previewMove(world.getX() - pressWorld.getX(), world.getY() - pressWorld.getY());
            case PLACE, RUBBER_BAND -> {
                if (screen.distance(pressScreen) > CLICK_SLOP) {
                    gesture = Gesture.RUBBER_BAND;
                    overlay = Overlay.rubberBand(rect(pressWorld, world));
                }
            }
            case LINK -> overlay = Overlay.link(pressWorld, world);
            case CUT -> overlay = Overlay.cut(pressWorld, world);
            case NONE -> { }
        }
        lastScreen = screen;
    }

    private void released(MouseEvent event) {
        Point2D screen = new Point2D(event.getX(), event.getY());
        Point2D world = viewport().toWorld(event.getX(), event.getY());
        switch (gesture) {
            case MOVE -> {
                if (screen.distance(pressScreen) > CLICK_SLOP) {
                    editor.previewMove(world.getX() - pressWorld.getX(), world.getY() - pressWorld.getY());
                    editor.commitPreview("Move " + Words.count(editor.selection().nodes().size(), "node"));
                } else {
                    editor.cancelPreview();
                    if (!event.isShiftDown() && pressedNode != null) {
                        editor.selectOnly(pressedNode);
                    }
                }
            }
            case PLACE -> {
                // a plain click clears the selection: placing needs the add tool or a double-click
                boolean place = editor.toolProperty().get() == Tool.ADD || event.getClickCount() >= 2;
                if (place && editor.editableProperty().get()) {
                    editor.placeNode(world);
                } else {
                    editor.clearSelection();
                }
            }
            case RUBBER_BAND -> editor.selectInRect(rect(pressWorld, world), event.isShiftDown());
            case LINK -> nodeAt(world).ifPresent(target -> editor.link(pressedNode, target));
            case CUT -> {
                if (screen.distance(pressScreen) > CLICK_SLOP) {
                    onCut.accept(pressWorld, world);
                }
            }
            case PAN, NONE -> { }
        }
        gesture = Gesture.NONE;
        overlay = Overlay.NONE;
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            viewport().zoomAt(event.getX(), event.getY(), Math.pow(1.0015, event.getDeltaY()));
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return; // Ctrl+Backspace is Reset and Ctrl+Space is Play: application shortcuts, not edits
        }
        switch (event.getCode()) {
            case DELETE, BACK_SPACE -> {
                editor.deleteSelection();
                event.consume();
            }
            case ESCAPE -> {
                editor.cancelPreview();
                editor.clearSelection();
                gesture = Gesture.NONE;
                overlay = Overlay.NONE;
                event.consume();
            }
            case SPACE -> {
                spaceDown = true;
                event.consume();
            }
            default -> { }
        }
    }

    private static Rectangle2D rect(Point2D a, Point2D b) {
        return new Rectangle2D(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
    }
}
