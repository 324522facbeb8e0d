package org.clusterscope.gui.panels;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.clusterscope.event.SimEvent;
import org.clusterscope.scenario.LogSection;

/**
 * The event log: every narrated event of the run as a {@link LogLine}, in time order, shown
 * through category filters and a search. It holds the whole branch as far as it was run, also
 * after the window rewinds: the line of the instant shown is {@link #currentProperty() current}.
 * Only narrated lines are kept (packets are left to the canvas), a few hundred bytes each. FX
 * thread only.
 */
public final class EventLogViewModel {

    private final ObservableList<LogLine> all = FXCollections.observableArrayList();
    private final FilteredList<LogLine> shown = new FilteredList<>(all, line -> true);
    private final ObservableList<LogLine> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final Set<LogCategory> enabled = EnumSet.allOf(LogCategory.class);
    private final Set<LogSection> sections = EnumSet.allOf(LogSection.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LogLine> current = new ReadOnlyObjectWrapper<>();
    private long instant = -1;

    public EventLogViewModel() {
        enabled.remove(LogCategory.PACKET);
        search.addListener((obs, was, now) -> applyFilter());
        applyFilter();
    }

    /** The lines that pass the filters and the search, read-only. */
    public ObservableList<LogLine> lines() {
        return readOnlyShown;
    }

    /** Every line of the run, whatever the filters. */
    public List<LogLine> allLines() {
        return java.util.Collections.unmodifiableList(all);
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Words the shown lines must contain (any case); empty shows all. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The latest shown line at or before the instant shown, or null: the log highlights it. */
    public ReadOnlyObjectProperty<LogLine> currentProperty() {
        return current.getReadOnlyProperty();
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

    /** Adds the narrated lines of a batch of events, in order: all of them, whatever the speed. */
    public void append(List<SimEvent> events) {
        List<LogLine> lines = new ArrayList<>(events.size());
        for (SimEvent event : events) {
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
        total.set(all.size());
        updateCurrent();
    }

    /** Takes out the lines at or after {@code time} (a fork replaces that future) and returns them. */
    public List<LogLine> truncateFrom(long time) {
        return truncateFrom(time, line -> false);
    }

    /**
     * Takes out the lines after {@code time}, and those at {@code time} that {@code keepAtInstant}
     * does not keep (the actions applied by hand at the fork's instant stay in the script, and so
     * in the log), and returns them in order.
     */
    public List<LogLine> truncateFrom(long time, java.util.function.Predicate<LogLine> keepAtInstant) {
        int from = all.size();
        while (from > 0 && all.get(from - 1).time() >= time) {
            from--;
        }
        List<LogLine> removed = new ArrayList<>();
        List<LogLine> kept = new ArrayList<>();
        for (LogLine line : all.subList(from, all.size())) {
            (line.time() == time && keepAtInstant.test(line) ? kept : removed).add(line);
        }
        all.remove(from, all.size());
        all.addAll(kept);
        total.set(all.size());
        updateCurrent();
        return removed;
    }

    /** Puts back, after the lines a fork at {@code time} kept, the lines it took out (Undo). */
    public void restore(long time, List<LogLine> lines, java.util.function.Predicate<LogLine> keepAtInstant) {
        truncateFrom(time, keepAtInstant);
        addLines(lines);
    }

    /** The instant the window shows: the current line follows it. */
    public void setInstant(long time) {
        if (time != instant) {
            instant = time;
            updateCurrent();
        }
    }

    public void clear() {
        all.clear();
        total.set(0);
        current.set(null);
    }

    private void updateCurrent() {
        // the lines are in time order: the last one at or before the instant, by halving
        int low = 0;
        int high = shown.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (shown.get(mid).time() <= instant) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        current.set(found < 0 ? null : shown.get(found));
    }

    private void applyFilter() {
        Set<LogCategory> snapshot = enabled.isEmpty() ? EnumSet.noneOf(LogCategory.class) : EnumSet.copyOf(enabled);
        Set<LogSection> shownSections = sections.isEmpty() ? EnumSet.noneOf(LogSection.class) : EnumSet.copyOf(sections);
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(line -> snapshot.contains(line.category()) && shownSections.contains(line.section())
                && (words.isEmpty() || line.text().toLowerCase(Locale.ROOT).contains(words)));
        updateCurrent();
    }
}
