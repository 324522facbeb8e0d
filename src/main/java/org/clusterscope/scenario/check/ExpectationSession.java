package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clusterscope.core.SimTime;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Expectation;

/**
 * The one way a scenario's expectations are checked, by {@code run}, {@code fuzz} and the
 * window's badges alike: each {@code by} claim at its instant, after every event at or before
 * it and none after; each {@code always} invariant after every step until the run ends. A
 * claim due after the end is {@link Verdict#SKIP skipped}.
 *
 * <p>Whoever drives the simulation stops at {@link #nextInstant()} and calls
 * {@link #checkDue(long)} there ({@link #runTo(long)} does both for a headless run). Every
 * change of a verdict is kept as an {@link Update} for a live display to {@link #drain()}.
 * Simulation thread only.
 */
public final class ExpectationSession {

    /** A verdict reached or changed, for the expectation at {@code index} in the file. */
    public record Update(int index, Verdict verdict, String detail) {
    }

    private record Due(int index, long instant, TimedCheck check) {
    }

    private record Watched(int index, InvariantMonitor monitor) {
    }

    private final Simulation simulation;
    private final long end;
    private final List<Expectation> expectations;
    private final ExpectationResult[] results;
    private final List<Due> due = new ArrayList<>();
    private final List<Watched> watched = new ArrayList<>();
    private final List<Update> updates = new ArrayList<>();
    private final StepCause cause = new StepCause();
    private boolean finished;

    /** Starts watching {@code simulation}, which has not run yet, for a run that ends at {@code endMicros}. */
    public ExpectationSession(List<Expectation> expectations, Simulation simulation, long endMicros) {
        this.simulation = simulation;
        this.end = endMicros;
        this.expectations = List.copyOf(expectations);
        this.results = new ExpectationResult[expectations.size()];
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            if (expectation instanceof Expectation.Always always) {
                watched.add(new Watched(i, new InvariantMonitor(always)));
                updates.add(new Update(i, Verdict.PASS, "holds so far"));
            } else if (!TimedCheck.supports(expectation)) {
                settle(i, new ExpectationResult(expectation, Verdict.SKIP, "this version cannot check it"));
            } else {
                Expectation.Timed timed = (Expectation.Timed) expectation;
                long instant = timed.by().micros();
                if (instant > end) {
                    settle(i, new ExpectationResult(expectation, Verdict.SKIP, "the run ends at " + SimTime.format(end)));
                } else {
                    due.add(new Due(i, instant, TimedCheck.of(timed)));
                }
            }
        }
        due.sort(Comparator.comparingLong(Due::instant));
        simulation.subscribe(cause);
        if (!watched.isEmpty()) {
            simulation.addStepListener(this::afterStep);
        }
    }

    /** The next instant at which something is to be checked, or {@link Long#MAX_VALUE}. */
    public long nextInstant() {
        long next = due.isEmpty() ? Long.MAX_VALUE : due.get(0).instant();
        return finished ? next : Math.min(next, end);
    }

    /** Checks what is due at or before {@code now}; at the end of the run, judges the invariants. */
    public void checkDue(long now) {
        while (!due.isEmpty() && due.get(0).instant() <= now) {
            Due check = due.remove(0);
            settle(check.index(), check.check().check(simulation));
        }
        if (!finished && now >= end) {
            finished = true;
            for (Watched w : watched) {
                w.monitor().finish(simulation);
                ExpectationResult result = w.monitor().result();
                results[w.index()] = result;
                updates.add(new Update(w.index(), result.verdict(),
                        result.passed() ? "held for the whole run" : result.detail()));
            }
        }
    }

    /** Runs the simulation to {@code endMicros}, stopping at every instant a check is due. */
    public void runTo(long endMicros) {
        while (nextInstant() <= endMicros) {
            long instant = nextInstant();
            simulation.runUntil(instant);
            checkDue(instant);
        }
        simulation.runUntil(endMicros);
        checkDue(endMicros);
    }

    /** The verdicts reached or changed since the last call. */
    public List<Update> drain() {
        List<Update> out = List.copyOf(updates);
        updates.clear();
        return out;
    }

    /** Every expectation's verdict, in file order, once the run has ended. */
    public List<ExpectationResult> results() {
        List<ExpectationResult> out = new ArrayList<>(results.length);
        for (int i = 0; i < results.length; i++) {
            out.add(results[i] != null ? results[i]
                    : new ExpectationResult(expectations.get(i), Verdict.SKIP, "the run stopped before it was checked"));
        }
        return out;
    }

    private void settle(int index, ExpectationResult result) {
        results[index] = result;
        updates.add(new Update(index, result.verdict(), result.detail()));
    }

    private void afterStep() {
        if (finished) {
            cause.clear();
            return;
        }
        for (Watched w : watched) {
            boolean failedBefore = w.monitor().failed();
            w.monitor().afterStep(simulation, cause::describe);
            if (!failedBefore && w.monitor().failed()) {
                updates.add(new Update(w.index(), Verdict.FAIL, w.monitor().failure()));
            }
        }
        cause.clear();
    }
}
