package org.clusterscope.gui.panels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The timeline under the canvas: the scenario's scheduled events as marks along virtual time
 * (faults, node life, notes, expectation deadlines), with a red marker for now that moves as
 * the simulation runs. Drawn on its own small canvas.
 */
public final class TimelineView extends Pane {

    private final Canvas canvas = new Canvas();
    private final LongSupplier now;
    private List<TimelineMark> marks = List.of();
    /** The marks as drawn, merged once when they are set rather than on every frame. */
    private List<TimelineMark> shown = List.of();
    private long duration = 60_000_000;
    private double fontSize = 11;
    private final AnimationTimer timer;
    private java.util.function.LongConsumer onSeek = time -> { };
    private LongSupplier frontier = () -> 0;
    private List<Long> branchPoints = List.of();

    public TimelineView(LongSupplier now) {
        this.now = now;
        getChildren().add(canvas);
        // the timeline is a slider: a click or a drag anywhere shows the run at that instant
        setOnMousePressed(event -> onSeek.accept(timeAt(event.getX())));
        setOnMouseDragged(event -> onSeek.accept(timeAt(event.getX())));
        setCursor(javafx.scene.Cursor.HAND);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        getStyleClass().add("timeline");
        timer = new AnimationTimer() {
            @Override
            public void handle(long wall) {
                paint();
            }
        };
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    public void setMarks(List<TimelineMark> newMarks, long newDuration) {
        marks = List.copyOf(newMarks);
        shown = merged(marks);
        duration = Math.max(1_000_000, newDuration);
    }

    /** Where clicks and drags go: the instant under the pointer, within 0 and the timeline's end. */
    public void setOnSeek(java.util.function.LongConsumer listener) {
        onSeek = listener;
    }

    /** How far the run shown has gone: that stretch is shaded, the known past and future of this branch. */
    public void setFrontier(LongSupplier newFrontier) {
        frontier = newFrontier;
    }

    /** The instants where the branch shown left an earlier one (drawn as forks; Undo goes back). */
    public void setBranchPoints(List<Long> points) {
        branchPoints = List.copyOf(points);
    }

    /** The virtual instant at horizontal position {@code x} of this view. */
    public long timeAt(double x) {
        double left = 12;
        double right = getWidth() - 12;
        double share = right <= left ? 0 : (x - left) / (right - left);
        return Math.round(Math.max(0, Math.min(1, share)) * duration);
    }

    /** The horizontal position of virtual instant {@code time}. */
    public double xAt(long time) {
        return 12 + (getWidth() - 24) * Math.min(time, duration) / (double) duration;
    }

    public List<TimelineMark> marks() {
        return marks;
    }

    private long drawnNow;

    /** The virtual instant the red marker was last drawn at. */
    public long drawnNow() {
        return drawnNow;
    }

    public void setFontSize(double size) {
        fontSize = size;
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(Color.web("#fbfbfc"));
        gc.fillRect(0, 0, w, h);
        double left = 12;
        double right = w - 12;
        double axis = h - 16;
        long reached = Math.min(frontier.getAsLong(), duration);
        if (reached > 0) {
            // the stretch the run has been through: any instant of it is shown at once, exactly
            gc.setFill(Color.web("#dfe8f5"));
            gc.fillRect(left, axis - 3, (right - left) * reached / duration, 6);
        }
        gc.setStroke(Color.web("#9aa3b2"));
        gc.setLineWidth(1);
        gc.strokeLine(left, axis, right, axis);
        gc.setFont(Font.font("System", fontSize - 1));
        gc.setFill(Color.web("#6b7280"));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        long step = tickStep(duration);
        for (long t = 0; t <= duration; t += step) {
            double x = left + (right - left) * t / duration;
            gc.strokeLine(x, axis, x, axis + 4);
            gc.fillText(t / 1_000_000 + "s", x, axis + 3);
        }
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setFont(Font.font("System", fontSize));
        // each of three rows remembers where its last label ended; a label takes the first row
        // free at its place, so labels of nearby events stand one above the other, not on top
        double[] rowEnds = {-1, -1, -1};
        for (TimelineMark mark : shown) {
            double x = left + (right - left) * Math.min(mark.time(), duration) / duration;
            int row = 0;
            for (int r = 0; r < rowEnds.length; r++) {
                if (rowEnds[r] < x) {
                    row = r;
                    break;
                }
                if (rowEnds[r] < rowEnds[row]) {
                    row = r;
                }
            }
            rowEnds[row] = x + 3 + mark.label().length() * fontSize * 0.58 + 6;
            Color color = color(mark.kind());
            gc.setStroke(color);
            gc.setLineWidth(2);
            gc.strokeLine(x, axis - 4, x, axis + 1);
            gc.setFill(color);
            // with a large text size the strip may hold fewer rows: the top row stays inside it
            double y = Math.max(fontSize + 1, axis - 6 - row * (fontSize + 2));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillOval(x - 3, axis - 3, 6, 6);
            gc.fillText(mark.label(), x + 3, y);
        }
        for (long point : branchPoints) {
            // a fork: the branch shown left the old future here
            double bx = left + (right - left) * Math.min(point, duration) / duration;
            gc.setFill(Color.web("#7b2fbe"));
            gc.fillPolygon(new double[] {bx, bx + 6, bx, bx - 6}, new double[] {axis - 6, axis, axis + 6, axis}, 4);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText("branch", bx + 7, Math.max(fontSize + 1, axis - 8 - 2 * (fontSize + 2)));
        }
        long t = now.getAsLong();
        drawnNow = t;
        double x = left + (right - left) * Math.min(t, duration) / duration;
        gc.setStroke(Color.web("#d00000"));
        gc.setLineWidth(2);
        gc.strokeLine(x, 2, x, h - 2);
        gc.setFill(Color.web("#d00000"));
        gc.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {0, 0, 7}, 3);
    }

    /**
     * The marks in time order, those of one kind at one instant as one: "start n1", "start n2"
     * read "start n1, n2"; other labels of that instant and kind are joined with " · ".
     */
    static List<TimelineMark> merged(List<TimelineMark> marks) {
        List<TimelineMark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingLong(TimelineMark::time));
        List<TimelineMark> result = new ArrayList<>();
        for (TimelineMark mark : sorted) {
            int same = result.size() - 1;
            while (same >= 0 && result.get(same).time() == mark.time() && result.get(same).kind() != mark.kind()) {
                same--;
            }
            if (same < 0 || result.get(same).time() != mark.time()) {
                result.add(mark);
                continue;
            }
            TimelineMark earlier = result.get(same);
            String verb = firstWord(mark.label());
            String label = verb.equals(firstWord(earlier.label())) && mark.label().length() > verb.length()
                    ? earlier.label() + "," + mark.label().substring(verb.length())
                    : earlier.label() + " · " + mark.label();
            result.set(same, new TimelineMark(mark.time(), label, mark.kind()));
        }
        return result;
    }

    private static String firstWord(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }

    private static Color color(TimelineMark.Kind kind) {
        return switch (kind) {
            case FAULT -> Color.web("#b03a00");
            case LIFE -> Color.web("#1f2430");
            case NOTE -> Color.web("#006b4f");
            case EXPECT -> Color.web("#0072b2");
            case RECORDED -> Color.web("#c0392b");
        };
    }

    private static long tickStep(long duration) {
        long seconds = duration / 1_000_000;
        long step = seconds <= 20 ? 1 : seconds <= 60 ? 5 : seconds <= 300 ? 30 : 60;
        return step * 1_000_000;
    }
}
