package org.clusterscope.gui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.gui.bridge.Batch;
import org.clusterscope.gui.bridge.LiveFrame;
import org.clusterscope.gui.canvas.DrawModel;
import org.clusterscope.gui.canvas.Layer;
import org.clusterscope.gui.canvas.Overlay;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.editor.EditorViewModel;
import org.clusterscope.gui.editor.Selection;
import org.clusterscope.gui.files.DocumentParts;
import org.clusterscope.gui.panels.ChartViewModel;
import org.clusterscope.gui.panels.EventLogViewModel;
import org.clusterscope.gui.panels.ExpectationsViewModel;
import org.clusterscope.gui.panels.InspectorViewModel;
import org.clusterscope.gui.panels.LogCategory;
import org.clusterscope.gui.panels.LogLine;
import org.clusterscope.gui.run.RecordedCommand;
import org.clusterscope.gui.run.RunViewModel;
import org.clusterscope.runtime.Command;

/**
 * The window's view model: the editor, the run controls and the side panels, plus what ties
 * them together — the title with its dirty marker, layers and presentation mode, faults
 * applied by hand (logged and, in record mode, kept as timed events), and the model the canvas
 * draws each frame. Never touches a control (STYLE.md §9).
 */
public final class MainViewModel implements DocumentParts {

    private final EditorViewModel editor = new EditorViewModel();
    private final EventLogViewModel log = new EventLogViewModel();
    private final ChartViewModel chart = new ChartViewModel();
    private final InspectorViewModel inspector = new InspectorViewModel();
    private final ExpectationsViewModel expectations = new ExpectationsViewModel();
    private final RunViewModel run = new RunViewModel(editor.document(), this::onBatch);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Set<Layer>> layers =
            new ReadOnlyObjectWrapper<>(Set.copyOf(EnumSet.allOf(Layer.class)));
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final BooleanProperty recording = new SimpleBooleanProperty();
    private final BooleanProperty captionShown = new SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty captionText = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty captionNote = new javafx.beans.property.SimpleStringProperty("");
    private final ObservableList<RecordedCommand> recorded = FXCollections.observableArrayList();
    /** One wrapper for everyone: a read-only wrapper only weakly listens to its list. */
    private final ObservableList<RecordedCommand> readOnlyRecorded = FXCollections.unmodifiableObservableList(recorded);

    public MainViewModel() {
        // recorded faults are unsaved work too: they go into the file on the next save
        // the revision is read, not only listened to: an invalid property that nobody reads sends
        // no second invalidation, and the title would stop following new and opened documents
        title.bind(Bindings.createStringBinding(
                () -> "ClusterScope — " + titleAt(editor.revisionProperty().get())
                        + (editor.dirtyProperty().get() || !recorded.isEmpty() ? " *" : ""),
                editor.dirtyProperty(), editor.revisionProperty(), recorded));
        run.setOnRebuilt(() -> {
            // the rebuilt run hands up its chart samples and verdicts from 0 again
            chart.clear();
            expectations.reset();
        });
        run.setOnFork(this::forked);
        run.instantProperty().addListener((obs, was, now) -> log.setInstant(now.longValue()));
        run.startedProperty().addListener((obs, was, started) -> {
            recordedThisRun.clear();
            editor.setEditable(!started);
            if (!started) {
                captionNote.set("");
            }
        });
    }

    private String titleAt(long revision) {
        return editor.document().title();
    }

    @Override
    public EditorViewModel editor() {
        return editor;
    }

    @Override
    public RunViewModel run() {
        return run;
    }

    @Override
    public EventLogViewModel log() {
        return log;
    }

    @Override
    public ChartViewModel chart() {
        return chart;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    @Override
    public ExpectationsViewModel expectations() {
        return expectations;
    }

    /** {@code ClusterScope — <scenario title>}, with {@code *} while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<Layer>> layersProperty() {
        return layers.getReadOnlyProperty();
    }

    public void setLayer(Layer layer, boolean on) {
        EnumSet<Layer> next = layers.get().isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers.get());
        if (on) {
            next.add(layer);
        } else {
            next.remove(layer);
        }
        layers.set(Set.copyOf(next));
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** View ▸ Caption: the scenario's description shown whole on the canvas, to be read aloud. */
    public BooleanProperty captionShownProperty() {
        return captionShown;
    }

    /** The scenario's description, whole; empty when it has none. */
    public javafx.beans.property.StringProperty captionTextProperty() {
        return captionText;
    }

    /** The text of the latest {@code note} event of the run, the caption's subtitle; empty before one. */
    public javafx.beans.property.StringProperty captionNoteProperty() {
        return captionNote;
    }

    /** While on, every fault applied by hand is kept as a timed scenario event. */
    public BooleanProperty recordingProperty() {
        return recording;
    }

    @Override
    public ObservableList<RecordedCommand> recorded() {
        return readOnlyRecorded;
    }

    @Override
    public void clearRecorded() {
        recorded.clear();
    }

    // ---- faults ----------------------------------------------------------------------------

    public void apply(Command command) {
        run.apply(command);
    }

    /**
     * Starts every node that is not running — down, dispatched or still waiting for its start —
     * at one instant, as after a heal. Returns how many were started; none before the first Play.
     */
    public int startAll() {
        if (!run.startedProperty().get()) {
            return 0;
        }
        List<NodeId> stopped = notRunning();
        stopped.forEach(id -> run.apply(Command.start(id)));
        return stopped.size();
    }

    /** Restarts every node at one instant: the running ones restart, the others start. */
    public int restartAll() {
        if (!run.startedProperty().get()) {
            return 0;
        }
        List<NodeId> stopped = notRunning();
        for (DocNode node : editor.document().nodes()) {
            run.apply(stopped.contains(node.id()) ? Command.start(node.id()) : Command.restart(node.id()));
        }
        return editor.document().nodes().size();
    }

    private List<NodeId> notRunning() {
        LiveFrame frame = run.frame();
        return editor.document().nodes().stream().map(DocNode::id).filter(id -> {
            var live = frame.nodes().get(id);
            return live == null || !live.state().isRunning();
        }).toList();
    }

    /** Carries out a line drawn with the cut tool; false when it crossed no link. */
    public boolean cut(Point2D from, Point2D to) {
        List<Command> faults = CutPlanner.plan(editor.document().nodes().stream().map(DocNode::id).toList(),
                editor.document().links(), editor.positions(), from, to);
        faults.forEach(run::apply);
        return !faults.isEmpty();
    }

    /** The newest picture of the GDB clusters, or null before the run starts or when it has none. */
    public org.clusterscope.runtime.GdbPicture gdbPicture() {
        return run.gdbPicture();
    }

    /** Gives a GDB member a new role in the running simulation (the GDB panel's role boxes). */
    public void setGdbMember(String cluster, NodeId node, String role) {
        run.setGdbMember(cluster, node, role);
    }

    /** The node to isolate: the single selected node, or null to let the pattern choose. */
    public NodeId selectedNode() {
        return editor.selection().singleNode();
    }

    // ---- acting in the past -----------------------------------------------------------------

    /** The faults this run recorded, as opposed to those recorded by an earlier run and not yet saved. */
    private final List<RecordedCommand> recordedThisRun = new ArrayList<>();

    /**
     * The run forked at {@code time}: the log's later lines and the faults recorded after it belong
     * to the old future and go; the new commands are logged (and recorded). Returns how to undo it.
     */
    private Runnable forked(long time, List<Command> commands) {
        java.util.function.Predicate<LogLine> byHand = line -> line.text().startsWith("» ");
        List<LogLine> oldFuture = log.truncateFrom(time, byHand);
        List<LogLine> keptAtInstant = log.allLines().stream().filter(line -> line.time() == time).toList();
        List<RecordedCommand> recordedBefore = List.copyOf(recorded);
        List<RecordedCommand> thisRunBefore = List.copyOf(recordedThisRun);
        List<RecordedCommand> dropped = recordedThisRun.stream().filter(fault -> fault.time() > time).toList();
        recorded.removeAll(dropped);
        recordedThisRun.removeAll(dropped);
        boolean keep = recording.get();
        List<LogLine> lines = new ArrayList<>();
        for (Command command : commands) {
            lines.add(new LogLine(time, LogCategory.FAULT, "» by hand: " + command.describe()
                    + (keep ? "  [recorded]" : "") + (oldFuture.stream().anyMatch(line -> line.time() > time) ? "  (a new branch)" : "")));
            if (keep) {
                RecordedCommand fault = new RecordedCommand(time, command);
                recorded.add(fault);
                recordedThisRun.add(fault);
            }
        }
        log.addLines(lines);
        return () -> {
            // this fork's own by-hand lines go; those of earlier actions at that instant stay
            log.restore(time, oldFuture, line -> keptAtInstant.stream().anyMatch(kept -> kept == line));
            recorded.setAll(recordedBefore);
            recordedThisRun.clear();
            recordedThisRun.addAll(thisRunBefore);
        };
    }

    /** Undo during a run: back to the future before the latest fork. */
    public boolean undoFork() {
        return run.undoFork();
    }

    // ---- the thread crossing's FX end ------------------------------------------------------

    private void onBatch(Batch batch) {
        log.append(batch.events());
        for (int i = batch.events().size() - 1; i >= 0; i--) {
            if (batch.events().get(i) instanceof org.clusterscope.event.SimEvent.Note note) {
                captionNote.set(note.text());
                break;
            }
        }
        chart.append(batch.samples());
        chart.appendOverlay(batch.overlaySamples());
        expectations.apply(batch.verdicts());
        List<LogLine> lines = new ArrayList<>();
        for (Batch.AppliedCommand applied : batch.faults()) {
            if (!applied.applied()) {
                lines.add(new LogLine(applied.time(), LogCategory.FAULT,
                        "» " + applied.command().describe() + ": nothing to do"));
                continue;
            }
            boolean keep = recording.get();
            lines.add(new LogLine(applied.time(), LogCategory.FAULT,
                    "» by hand: " + applied.command().describe() + (keep ? "  [recorded]" : "")));
            if (keep) {
                recorded.add(new RecordedCommand(applied.time(), applied.command()));
            }
        }
        log.addLines(lines);
    }

    // ---- the canvas ------------------------------------------------------------------------

    /** Everything the canvas draws at wall instant {@code wallNow}. */
    public DrawModel drawModel(Overlay overlay, long wallNow) {
        LiveFrame frame = run.frame();
        // between frames the picture moves on at the speed the run really goes, never faster
        double actual = run.actualSpeed();
        double pace = Double.isNaN(actual) ? frame.speed() : Math.min(frame.speed(), actual);
        long drawTime = frame.displayTime(wallNow, (long) (40_000L * Math.max(1, pace)), pace);
        shownTime = drawTime;
        Selection selection = editor.selection();
        return new DrawModel(editor.nodesForDrawing(), editor.document().links(), frame, drawTime,
                Set.copyOf(selection.nodes()), selection.links(), overlay, layers.get(), presentation.get());
    }

    /** Refreshes the inspector from the selection and the newest frame. */
    public void refreshInspector() {
        Selection selection = editor.selection();
        inspector.show(selection.singleNode(), selection.singleLink(), selection.nodes().size(), editor.document(),
                run.frame());
    }

    private long shownTime;

    /**
     * The virtual instant the canvas shows (its last {@link #drawModel}): the clock and the
     * timeline show this one too, so all three always agree.
     */
    public long shownTime() {
        return run.frame().isEmpty() ? run.frame().now() : shownTime;
    }

    /**
     * The speed of the toolbar: the requested one and, while the run cannot keep up with it,
     * the actual one beside it ("100× (actual 0.15×)").
     */
    public String speedText() {
        double requested = run.speedProperty().get();
        String text = requested < 1 ? String.format(java.util.Locale.ROOT, "%.1f×", requested)
                : String.format(java.util.Locale.ROOT, "%.0f×", requested);
        double actual = run.actualSpeed();
        if (run.playingProperty().get() && !Double.isNaN(actual) && actual < requested * 0.9) {
            String digits = actual < 0.1 ? "%.3f" : actual < 1 ? "%.2f" : actual < 10 ? "%.1f" : "%.0f";
            text += " (actual " + String.format(java.util.Locale.ROOT, digits, actual) + "×)";
        }
        return text;
    }

    /** The clock text of the toolbar: the instant the canvas shows. */
    public String clockText() {
        return String.format(java.util.Locale.ROOT, "t = %.3f s", SimTime.toMsExact(shownTime()) / 1000);
    }

    /**
     * The clock with the scenario's end in mind: past {@code runForMicros} it says so, since the
     * simulation goes on after the file's {@code runFor} and the expectations were judged up to it.
     */
    public String clockText(long runForMicros) {
        long now = shownTime();
        if (runForMicros <= 0 || now <= runForMicros) {
            return clockText();
        }
        return clockText() + String.format("  past the end (%s)", SimTime.format(runForMicros));
    }
}
