package org.clusterscope.scenario.check;

import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/**
 * A {@code by} expectation as a check of the simulation's present state. The runner calls it at
 * the expectation's instant; the GUI may call it at any moment for a live PASS/FAIL badge.
 */
public interface TimedCheck {

    Expectation.Timed expectation();

    /** The verdict on the simulation as it is now. */
    ExpectationResult check(ClusterView sim);

    /** Whether the expectation is checked at one instant (every {@code by} claim is). */
    static boolean supports(Expectation expectation) {
        return expectation instanceof Expectation.Timed;
    }

    /**
     * The check for an expectation.
     *
     * @throws IllegalArgumentException for an expectation {@link #supports} refuses
     */
    static TimedCheck of(Expectation.Timed expectation) {
        if (expectation instanceof Expectation.Master m) {
            return new MasterCheck(m);
        }
        if (expectation instanceof Expectation.NoMaster m) {
            return new NoMasterCheck(m);
        }
        if (expectation instanceof Expectation.States s) {
            return new StatesCheck(s);
        }
        if (expectation instanceof Expectation.Masters m) {
            return new MastersCheck(m);
        }
        if (expectation instanceof Expectation.Converged c) {
            return new ConvergedCheck(c);
        }
        if (expectation instanceof Expectation.Record r) {
            return new RecordCheck(r);
        }
        if (expectation instanceof Expectation.NoRecord r) {
            return new NoRecordCheck(r);
        }
        if (expectation instanceof Expectation.Overlay o) {
            return new OverlayCheck(o);
        }
        if (expectation instanceof Expectation.Degree d) {
            return new DegreeCheck(d);
        }
        throw new IllegalArgumentException(Wording.of(expectation) + ": not a timed claim");
    }
}
