package org.clusterscope.gui.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clusterscope.gui.bridge.CheckVerdict;
import org.clusterscope.gui.bridge.LiveChecks;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.check.ExpectationResult;
import org.clusterscope.scenario.check.InvariantMonitor;
import org.clusterscope.scenario.check.StepCause;
import org.clusterscope.scenario.check.TimedCheck;
import org.clusterscope.scenario.check.Verdict;

/**
 * Checks a scenario's expectations while the simulation runs, with the same checks as the
 * command line ({@code scenario.check}): each {@code by} claim at its instant, each
 * {@code always} invariant after every step until the scenario's {@code runFor} ends. An
 * invariant shows as passing while it holds and fails the moment a violation counts.
 * Simulation thread only.
 */
public final class ExpectationChecker implements LiveChecks {

    private record Due(int index, long instant, TimedCheck check) {
    }

    private record Watched(int index, InvariantMonitor monitor) {
    }

    private final Simulation simulation;
    private final long end;
    private final List<Due> due = new ArrayList<>();
    private final List<Watched> watched = new ArrayList<>();
    private final List<CheckVerdict> verdicts = new ArrayList<>();
    private final StepCause cause = new StepCause();
    private boolean finished;

    public ExpectationChecker(List<Expectation> expectations, Simulation simulation, long runForMicros) {
        this.simulation = simulation;
        this.end = runForMicros;
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            if (expectation instanceof Expectation.Always always) {
                watched.add(new Watched(i, new InvariantMonitor(always)));
                verdicts.add(new CheckVerdict(i, Boolean.TRUE, "holds so far"));
            } else if (TimedCheck.supports(expectation)) {
                Expectation.Timed timed = (Expectation.Timed) expectation;
                due.add(new Due(i, timed.by().micros(), TimedCheck.of(timed)));
            } else {
                verdicts.add(new CheckVerdict(i, null, "the desktop app cannot check this claim"));
            }
        }
        due.sort(Comparator.comparingLong(Due::instant));
        if (!watched.isEmpty()) {
            simulation.events().subscribe(cause);
            simulation.addStepListener(this::afterStep);
        }
    }

    @Override
    public long nextInstant() {
        long next = due.isEmpty() ? Long.MAX_VALUE : due.get(0).instant();
        return finished || watched.isEmpty() ? next : Math.min(next, end);
    }

    @Override
    public void checkDue(long now) {
        while (!due.isEmpty() && due.get(0).instant() <= now) {
            Due check = due.remove(0);
            ExpectationResult result = check.check().check(simulation);
            verdicts.add(new CheckVerdict(check.index(), result.verdict() == Verdict.PASS, result.detail()));
        }
        if (!finished && now >= end) {
            finished = true;
            for (Watched w : watched) {
                w.monitor().finish(simulation);
                ExpectationResult result = w.monitor().result();
                verdicts.add(new CheckVerdict(w.index(), result.verdict() == Verdict.PASS,
                        result.passed() ? "held for the whole run" : result.detail()));
            }
        }
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
                verdicts.add(new CheckVerdict(w.index(), Boolean.FALSE, w.monitor().failure()));
            }
        }
        cause.clear();
    }

    @Override
    public List<CheckVerdict> drain() {
        List<CheckVerdict> out = List.copyOf(verdicts);
        verdicts.clear();
        return out;
    }
}
