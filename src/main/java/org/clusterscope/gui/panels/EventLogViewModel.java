package org.clusterscope.gui.panels;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.clusterscope.event.SimEvent;

/**
 * The live event log: every narrated event as a {@link LogLine}, the newest at the bottom, at
 * most {@link #CAPACITY} lines, shown through category filters. FX thread only.
 */
public final class EventLogViewModel {

    public static final int CAPACITY = 5_000;

    private final ObservableList<LogLine> all = FXCollections.observableArrayList();
    private final FilteredList<LogLine> shown = new FilteredList<>(all, line -> true);
    private final Set<LogCategory> enabled = EnumSet.allOf(LogCategory.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();

    public EventLogViewModel() {
        enabled.remove(LogCategory.PACKET);
        applyFilter();
    }

    /** The lines that pass the filters, read-only. */
    public ObservableList<LogLine> lines() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public boolean isEnabled(LogCategory category) {
        return enabled.contains(category);
    }

    public void setEnabled(LogCategory category, boolean on) {
        if (on) {
            enabled.add(category);
        } else {
            enabled.remove(category);
        }
        applyFilter();
    }

    /** Adds the narrated lines of a batch of events, in order. */
    public void append(List<SimEvent> events) {
        List<LogLine> lines = events.stream().map(Narrator::narrate).flatMap(java.util.Optional::stream).toList();
        addLines(lines);
    }

    /** Adds lines written by the window itself (a fault applied by hand, a saved file). */
    public void addLines(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        all.addAll(lines);
        if (all.size() > CAPACITY) {
            all.remove(0, all.size() - CAPACITY);
        }
        total.set(total.get() + lines.size());
    }

    public void clear() {
        all.clear();
        total.set(0);
    }

    private void applyFilter() {
        Set<LogCategory> snapshot = EnumSet.copyOf(enabled);
        shown.setPredicate(line -> snapshot.contains(line.category()));
    }
}
