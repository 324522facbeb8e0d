package org.clusterscope.scenario.check;

import java.util.Objects;

import org.clusterscope.core.SimTime;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/**
 * Watches one {@code always} expectation step by step (SCENARIO_FORMAT.md "expect"): from
 * {@code from} on, after every step, the invariant is asked; with {@code grace}, a violation
 * counts only once it has lasted longer than that. The first counted violation is kept, with
 * its virtual time and the event that broke it, for the result and for replaying it.
 */
public final class InvariantMonitor {

    private final Expectation.Always expectation;
    private final Invariant invariant;
    private long openSince = -1;
    private boolean openCounted;
    private String firstSeen;
    private String cause;
    private String failure;
    private long episodes;

    public InvariantMonitor(Expectation.Always expectation) {
        this(expectation, Invariant.of(expectation.invariant()));
    }

    public InvariantMonitor(Expectation.Always expectation, Invariant invariant) {
        this.expectation = Objects.requireNonNull(expectation, "expectation");
        this.invariant = Objects.requireNonNull(invariant, "invariant");
    }

    public Expectation.Always expectation() {
        return expectation;
    }

    /** Call after every step; {@code stepCause} names the step's most telling event. */
    public void afterStep(ClusterView sim, java.util.function.Supplier<String> stepCause) {
        long now = sim.now();
        if (now < expectation.fromMicros()) {
            return;
        }
        String violation = invariant.violation(sim);
        if (violation == null) {
            openSince = -1;
            openCounted = false;
            return;
        }
        if (openSince < 0) {
            openSince = now;
            firstSeen = violation;
            cause = stepCause.get();
        }
        judge(now);
    }

    /** Call once when the run ends: a violation still open counts if it has outlasted the grace. */
    public void finish(ClusterView sim) {
        if (openSince >= 0) {
            judge(sim.now());
        }
    }

    /** One violation episode counts once, as soon as it has lasted longer than the grace. */
    private void judge(long now) {
        if (openCounted) {
            return;
        }
        if (expectation.grace() != null && now - openSince <= expectation.graceMicros()) {
            return;
        }
        openCounted = true;
        episodes++;
        if (failure == null) {
            failure = "at " + SimTime.format(openSince) + " " + firstSeen
                    + (expectation.grace() == null ? "" : ", still at " + SimTime.format(now))
                    + (cause == null || cause.isEmpty() ? "" : " (after " + cause + ")");
        }
    }

    /** Whether a violation has counted so far (for live badges). */
    public boolean failed() {
        return failure != null;
    }

    /** The first counted violation, or null. */
    public String failure() {
        return failure;
    }

    public ExpectationResult result() {
        if (failure == null) {
            return ExpectationResult.pass(expectation);
        }
        return ExpectationResult.fail(expectation, failure + (episodes > 1 ? "; " + (episodes - 1) + " more time" + (episodes > 2 ? "s" : "") + " later" : ""));
    }
}
