package org.clusterscope.gui.panels;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.clusterscope.gui.bridge.CheckVerdict;
import org.clusterscope.scenario.Expectation;

/**
 * The loaded scenario's expectations with a live status each. Statuses start as pending; the
 * checks run on the simulation thread and their verdicts arrive here with the bridge's batches.
 */
public final class ExpectationsViewModel {

    private final ObservableList<ExpectationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ExpectationRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private List<Expectation> expectations = List.of();

    public ObservableList<ExpectationRow> rows() {
        return readOnlyRows;
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

    /**
     * What the timeline mark at deadline {@code byMicros} says: {@code ✓} once every expectation
     * due then has passed, {@code ✘} once one has failed, {@code ✓?} while one is still open.
     */
    public String outcomeAt(long byMicros) {
        boolean open = false;
        for (int i = 0; i < expectations.size() && i < rows.size(); i++) {
            if (expectations.get(i) instanceof Expectation.Timed timed && timed.by().micros() == byMicros) {
                ExpectationRow.Status status = rows.get(i).status();
                if (status == ExpectationRow.Status.FAIL) {
                    return "✘";
                }
                open |= status == ExpectationRow.Status.PENDING;
            }
        }
        return open ? "✓?" : "✓";
    }

    /** Shows the verdicts of a batch: pass, fail, or (null) still open. */
    public void apply(List<CheckVerdict> verdicts) {
        for (CheckVerdict verdict : verdicts) {
            ExpectationRow.Status status = verdict.passed() == null ? ExpectationRow.Status.PENDING
                    : verdict.passed() ? ExpectationRow.Status.PASS : ExpectationRow.Status.FAIL;
            verdict(verdict.index(), status, verdict.detail() == null ? "" : verdict.detail());
        }
    }
}
