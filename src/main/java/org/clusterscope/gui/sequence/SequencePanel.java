package org.clusterscope.gui.sequence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLStreamException;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.scenario.io.SafeFile;
import org.clusterscope.scenario.run.SequenceDiagram;
import org.clusterscope.scenario.run.SequenceKinds;
import org.clusterscope.scenario.run.SequenceLayout;
import org.clusterscope.scenario.run.SequenceSvg;

/**
 * The Sequence tab (and the detached window): the run's message-sequence chart up to the instant
 * the window shows, newest at the bottom, following it as it moves. Zoom (the buttons or Ctrl
 * with the mouse wheel) chooses how many seconds are shown; the wheel or the bar on the right looks
 * back in time (also while paused), and back at the bottom it follows the instant shown again;
 * hovering an arrow tells the message and why it was sent; the shown stretch exports as SVG or PNG.
 */
public final class SequencePanel extends BorderPane {

    /** Seconds shown at each zoom step, and the pixels per millisecond that go with them. */
    private static final long[] SPANS = {60_000_000, 30_000_000, 15_000_000, 8_000_000, 4_000_000, 2_000_000,
        1_000_000, 500_000};
    private static final double[] PX_PER_MS = {0.6, 1, 1.8, 3, 5, 8, 14, 24};
    private static final int DEFAULT_ZOOM = 3;
    private static final long REPAINT_NANOS = 100_000_000;
    /** The tallest picture written to PNG, in pixels; the rest of a long stretch is left to the SVG. */
    private static final double PNG_MOST = 8000;

    private final SequenceFeed feed;
    private final LongSupplier now;
    private final Supplier<List<NodeId>> nodes;
    private final Supplier<String> title;
    private final Consumer<String> status;
    private final double scale;
    private final Canvas canvas = new Canvas();
    private final Label zoomLabel = new Label();
    private final CheckBox beacons = new CheckBox("Beacons");
    /**
     * What hovering an arrow tells, drawn inside the panel and transparent to the mouse: a popup
     * window would sit in the pointer's way as it moves down and right, and catch it.
     */
    private final Label tip = new Label();
    private final Button detach = new Button("Detach");
    private final AnimationTimer timer;
    private int zoom = DEFAULT_ZOOM;
    /** How far before the instant shown the diagram ends: the wheel and the bar look back in time. */
    private long back;
    private final javafx.scene.control.ScrollBar timeBar = new javafx.scene.control.ScrollBar();
    private boolean updatingBar;
    private SequenceLayout layout;
    private double offsetY;
    private long lastPaint;
    private Runnable onDetach;

    /**
     * @param now the instant the window shows (the simulation's time, or the instant sought to)
     * @param scale 1 in the side panel, larger in the projector window
     */
    public SequencePanel(SequenceFeed feed, LongSupplier now, Supplier<List<NodeId>> nodes, Supplier<String> title,
            Consumer<String> status, double scale) {
        this.feed = feed;
        this.now = now;
        this.nodes = nodes;
        this.title = title;
        this.status = status;
        this.scale = scale;
        getStyleClass().add("sequence-panel");
        setId("sequencePanel");

        Button out = new Button("−");
        out.setId("sequenceZoomOut");
        out.setTooltip(new Tooltip("Show more time"));
        out.setOnAction(e -> zoom(-1));
        Button in = new Button("+");
        in.setId("sequenceZoomIn");
        in.setTooltip(new Tooltip("Show less time, larger"));
        in.setOnAction(e -> zoom(1));
        beacons.setId("sequenceBeacons");
        beacons.setTooltip(new Tooltip("Show the periodic beacons too (kept for up to "
                + SequenceFeed.BEACONS_UP_TO + " nodes)"));
        beacons.setOnAction(e -> repaint());
        ToolBar bar = new ToolBar(new Label("Time"), out, zoomLabel, in, beacons);
        detach.setId("sequenceDetach");
        detach.setTooltip(new Tooltip("Open the diagram in its own window, e.g. for a projector"));
        detach.setOnAction(e -> {
            if (onDetach != null) {
                onDetach.run();
            }
        });
        bar.getItems().add(detach);
        detach.setVisible(false);
        setTop(bar);

        tip.getStyleClass().add("sequence-tip");
        tip.setMouseTransparent(true);
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setWrapText(true);
        Pane host = new Pane(canvas, tip);
        host.setMinSize(0, 0);
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        canvas.widthProperty().addListener(o -> repaint());
        canvas.heightProperty().addListener(o -> repaint());
        setCenter(host);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.setVisible(false));
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                if (e.isControlDown() || e.isShortcutDown()) {
                    zoom(e.getDeltaY() > 0 ? 1 : -1);
                } else {
                    // the wheel goes back in time (up) and forth (down) by a quarter of what is shown
                    scrollBack((e.getDeltaY() > 0 ? 1 : -1) * SPANS[zoom] / 4);
                }
                e.consume();
            }
        });
        timeBar.setOrientation(javafx.geometry.Orientation.VERTICAL);
        timeBar.setId("sequenceTimeBar");
        timeBar.valueProperty().addListener((obs, was, value) -> {
            if (!updatingBar) {
                long instant = Math.max(0, now.getAsLong());
                back = Math.max(0, Math.min(instant, instant - (long) (value.doubleValue() * 1_000)));
                repaint();
            }
        });
        setRight(timeBar);
        updateZoomLabel();
        timer = new AnimationTimer() {
            @Override
            public void handle(long nanos) {
                if (nanos - lastPaint >= REPAINT_NANOS && isVisible() && getScene() != null) {
                    lastPaint = nanos;
                    repaint();
                }
            }
        };
        timer.start();
    }

    /** Shows a Detach button that runs {@code action}. */
    public void setOnDetach(Runnable action) {
        onDetach = action;
        detach.setVisible(action != null);
    }

    /** Stops following the run (the window that holds it closed). */
    public void stop() {
        timer.stop();
    }

    /** The seconds of run shown, for the zoom label and tests. */
    public long span() {
        return SPANS[zoom];
    }

    /**
     * Looks {@code micros} further back in time (negative: forwards), never past 0 nor after the
     * instant the window shows; at 0 back the diagram follows that instant again.
     */
    public void scrollBack(long micros) {
        long instant = Math.max(0, now.getAsLong());
        back = Math.max(0, Math.min(instant, back + micros));
        repaint();
    }

    /** How far before the instant shown the diagram ends (0: it follows that instant). */
    public long back() {
        return back;
    }

    public void zoom(int steps) {
        zoom = Math.max(0, Math.min(SPANS.length - 1, zoom + steps));
        updateZoomLabel();
        repaint();
    }

    /** The diagram drawn now: the last {@link #span()} of the run up to the instant shown. */
    public SequenceDiagram shown() {
        long instant = Math.max(0, now.getAsLong());
        long to = Math.max(0, instant - Math.min(back, instant));
        long from = Math.max(0, to - SPANS[zoom]);
        Set<String> kinds = new HashSet<>(SequenceKinds.DEFAULT);
        if (beacons.isSelected()) {
            kinds.add("beacon");
        }
        return feed.diagram(from, to, kinds, nodes.get());
    }

    public void repaint() {
        SequenceDiagram diagram = shown();
        double room = (canvas.getWidth() / scale - SequenceLayout.LEFT - 16) / Math.max(1, diagram.nodes().size());
        layout = new SequenceLayout(diagram, PX_PER_MS[zoom], 60, Math.max(56, Math.min(SequenceLayout.COLUMN, room)));
        double visible = canvas.getHeight() / scale;
        offsetY = Math.max(0, layout.height() - visible);
        SequencePainter.paint(canvas.getGraphicsContext2D(), layout, offsetY, canvas.getWidth(), canvas.getHeight(),
                diagram.to(), scale);
        // the bar: the whole run so far (in ms), the thumb on what is shown
        updatingBar = true;
        double instantMs = Math.max(0, now.getAsLong()) / 1_000.0;
        timeBar.setMin(0);
        timeBar.setMax(Math.max(1, instantMs));
        timeBar.setVisibleAmount(Math.min(Math.max(1, instantMs), SPANS[zoom] / 1_000.0));
        timeBar.setUnitIncrement(SPANS[zoom] / 4_000.0);
        timeBar.setBlockIncrement(SPANS[zoom] / 1_000.0);
        timeBar.setValue(diagram.to() / 1_000.0);
        updatingBar = false;
    }

    /** The SVG of what is shown, chosen by the user. */
    public void exportSvg(Window owner) {
        choose(owner, "svg", "SVG image").ifPresent(this::exportSvg);
    }

    /** The PNG of what is shown, chosen by the user. */
    public void exportPng(Window owner) {
        choose(owner, "png", "PNG image").ifPresent(this::exportPng);
    }

    /** Writes the stretch shown as SVG; false after telling the status line why not. */
    public boolean exportSvg(Path file) {
        SequenceDiagram diagram = shown();
        String caption = caption(diagram);
        try {
            SafeFile.write(file, out -> {
                try {
                    SequenceSvg.write(diagram, caption, out);
                } catch (XMLStreamException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException failure) {
            status.accept("Cannot export " + file.getFileName() + ": " + SafeFile.reason(failure));
            return false;
        }
        status.accept("Exported " + file.getFileName());
        return true;
    }

    /** Writes the stretch shown as PNG, whole (up to {@value #PNG_MOST} pixels tall); false after saying why not. */
    public boolean exportPng(Path file) {
        SequenceDiagram diagram = shown();
        SequenceLayout whole = new SequenceLayout(diagram, PX_PER_MS[zoom], 60);
        Canvas picture = new Canvas(Math.ceil(whole.width()), Math.ceil(Math.min(whole.height(), PNG_MOST)));
        SequencePainter.paint(picture.getGraphicsContext2D(), whole, 0, picture.getWidth(), picture.getHeight(),
                diagram.to(), 1);
        WritableImage image = picture.snapshot(null, null);
        try {
            java.awt.image.BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
            SafeFile.write(file, out -> ImageIO.write(pixels, "png", out));
        } catch (IOException failure) {
            status.accept("Cannot export " + file.getFileName() + ": " + SafeFile.reason(failure));
            return false;
        }
        status.accept("Exported " + file.getFileName());
        return true;
    }

    private String caption(SequenceDiagram diagram) {
        return title.get() + ": sequence diagram " + SimTime.format(diagram.from()) + " – " + SimTime.format(diagram.to());
    }

    private Optional<Path> choose(Window owner, String extension, String description) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Sequence Diagram as " + extension.toUpperCase(java.util.Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        chooser.setInitialFileName(title.get() + "-sequence." + extension);
        java.io.File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    private void hover(MouseEvent event) {
        if (layout == null) {
            return;
        }
        SequenceDiagram.Arrow arrow = SequencePainter.arrowAt(layout, event.getX() / scale,
                event.getY() / scale + offsetY, 6);
        if (arrow == null) {
            tip.setVisible(false);
            return;
        }
        tip.setText(arrow.describe());
        tip.setMaxWidth(Math.max(120, Math.min(480, canvas.getWidth() - 8)));
        tip.applyCss();
        tip.autosize();
        // beside the pointer, kept inside the panel
        double x = event.getX() + 14;
        double y = event.getY() + 14;
        if (x + tip.getWidth() > canvas.getWidth()) {
            x = Math.max(0, event.getX() - 14 - tip.getWidth());
        }
        if (y + tip.getHeight() > canvas.getHeight()) {
            y = Math.max(0, event.getY() - 14 - tip.getHeight());
        }
        tip.relocate(x, y);
        tip.setVisible(true);
    }

    /**
     * Where on the screen the middle of {@code arrow} is drawn now, or null when it is not in
     * view: for a story that hovers an arrow.
     */
    public javafx.geometry.Point2D screenPointOf(SequenceDiagram.Arrow arrow) {
        if (layout == null || !layout.hasLifeline(arrow.from()) || !layout.hasLifeline(arrow.to())) {
            return null;
        }
        double x = (layout.x(arrow.from()) + layout.x(arrow.to())) / 2;
        double y = (layout.y(arrow.sent()) + layout.y(arrow.end())) / 2 - offsetY;
        if (arrow.dropped()) {
            return null;
        }
        if (y < 40 || y * scale > canvas.getHeight() - 4 || x * scale > canvas.getWidth() - 4) {
            return null;
        }
        return canvas.localToScreen(x * scale, y * scale);
    }

    /** The layout drawn last, or null before the first paint. */
    public SequenceLayout drawnLayout() {
        return layout;
    }

    /** The text of the tooltip shown now, empty when none is: what hovering an arrow tells. */
    public String hoverText() {
        return tip.isVisible() ? tip.getText() : "";
    }

    private void updateZoomLabel() {
        zoomLabel.setText(SimTime.format(SPANS[zoom]));
    }
}
