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
import org.clusterscope.scenario.LogSection;

/**
 * The live event log: every narrated event as a {@link LogLine}, the newest at the bottom, at
 * most {@link #CAPACITY} lines, shown through category filters. FX thread only.
 */
public final class EventLogViewModel {

    public static final int CAPACITY = 5_000;
    /**
     * At most this many lines are added per batch: at 100× the simulation narrates thousands of
     * events per second, more than anyone can read and more than a list can lay out per frame.
     */
    public static final int MAX_LINES_PER_BATCH = 60;

    private final ObservableList<LogLine> all = FXCollections.observableArrayList();
    private final FilteredList<LogLine> shown = new FilteredList<>(all, line -> true);
    private final ObservableList<LogLine> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final Set<LogCategory> enabled = EnumSet.allOf(LogCategory.class);
    private final Set<LogSection> sections = EnumSet.allOf(LogSection.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();

    public EventLogViewModel() {
        enabled.remove(LogCategory.PACKET);
        applyFilter();
    }

    /** The lines that pass the filters, read-only. */
    public ObservableList<LogLine> lines() {
        return readOnlyShown;
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

    /** Whether the lines of a section of the timeline are shown (as {@code run --log} chooses them). */
    public boolean isShown(LogSection section) {
        return sections.contains(section);
    }

    /** Shows or hides a section's lines, as {@code run --log} does on the command line. */
    public void setShown(LogSection section, boolean on) {
        if (on) {
            sections.add(section);
        } else {
            sections.remove(section);
        }
        applyFilter();
    }

    /** Adds the narrated lines of a batch of events, in order. */
    public void append(List<SimEvent> events) {
        int skip = Math.max(0, events.size() - MAX_LINES_PER_BATCH);
        List<LogLine> lines = new java.util.ArrayList<>();
        if (skip > 0) {
            lines.add(new LogLine(events.get(skip).time(), LogCategory.NOTE,
                    "… " + skip + " events not shown at this speed (slow down to read them all)"));
        }
        for (SimEvent event : events.subList(skip, events.size())) {
            Narrator.narrate(event).ifPresent(line -> lines.add(line.in(LogSection.of(event))));
        }
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
        Set<LogCategory> snapshot = enabled.isEmpty() ? EnumSet.noneOf(LogCategory.class) : EnumSet.copyOf(enabled);
        Set<LogSection> shownSections = sections.isEmpty() ? EnumSet.noneOf(LogSection.class) : EnumSet.copyOf(sections);
        shown.setPredicate(line -> snapshot.contains(line.category()) && shownSections.contains(line.section()));
    }
}
