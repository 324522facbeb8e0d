package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.runtime.LiveCluster;
import org.clusterscope.runtime.ShiftedClusterView;
import org.clusterscope.scenario.Expectation;

/**
 * The expectations of a live run, for the window's badges: each {@code by} claim is checked by the same
 * {@link TimedCheck} as in the simulator, on the live nodes, once its instant has passed in wall
 * time since the run began. An {@code always} invariant is judged by the same
 * {@link InvariantMonitor} as in the simulator, grace included: real nodes take no steps, so it
 * is asked after each event that changes a node's state or the network (as the driver takes
 * them) and at least every {@value #LOOK_EVERY_MS} ms besides, so that a grace can run out; it
 * passes at the end of the run if no violation outlasted its grace ({@link #CAVEAT}). Driver
 * thread only.
 */
public final class LiveChecks {

    /** The log's line on what an {@code always} verdict means live. */
    public static final String CAVEAT = "always invariants are checked on the live nodes after each event that changes"
            + " a state, and every " + LiveChecks.LOOK_EVERY_MS + " ms, not after every step as in the simulation: the"
            + " nodes are read one after another in wall time, so a violation shorter than a look may go unseen and"
            + " one seen may be caught half-way through a change; the grace applies as in the simulation.";

    /** How often an {@code always} invariant is asked when no state changes, so that an open violation's grace can run out. */
    static final long LOOK_EVERY_MS = 250;

    private record Due(int index, long instant, TimedCheck check) {
    }

    private record Watched(int index, InvariantMonitor monitor) {
    }

    private final ClusterView view;
    private final long end;
    private final List<Due> due = new ArrayList<>();
    private final List<Watched> watched = new ArrayList<>();
    private final List<ExpectationSession.Update> verdicts = new ArrayList<>();
    private final StepCause cause = new StepCause();
    private boolean changed;
    private long lastLook = Long.MIN_VALUE;
    private long looks;
    private boolean finished;

    public LiveChecks(List<Expectation> expectations, LiveCluster cluster, long origin, long endMicros) {
        this.view = ShiftedClusterView.since(cluster, origin);
        this.end = endMicros;
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            if (expectation instanceof Expectation.Always always) {
                watched.add(new Watched(i, new InvariantMonitor(always)));
                verdicts.add(new ExpectationSession.Update(i, Verdict.PASS, "holds so far (live)"));
            } else if (!TimedCheck.supports(expectation)) {
                verdicts.add(new ExpectationSession.Update(i, Verdict.SKIP, "this version cannot check it"));
            } else {
                Expectation.Timed timed = (Expectation.Timed) expectation;
                long instant = timed.by().micros();
                if (instant > endMicros) {
                     verdicts.add(new ExpectationSession.Update(i, Verdict.SKIP, "the run ends at " + SimTime.format(endMicros)));
                } else {
                    due.add(new Due(i, instant, TimedCheck.of(timed)));
                }
            }
        }
        due.sort(Comparator.comparingLong(Due::instant));
    }

    /** Whether the file has {@code always} invariants, checked live: the log then says what that means ({@link #CAVEAT}). */
    public boolean watchesInvariants() {
        return !watched.isEmpty();
    }

    /**
     * Hears one event of the run, its time counted since the start: one that changes a node's
     * state, the network or the records asks the invariants again at the next {@link #checkDue}.
     */
    public void observe(SimEvent event) {
        if (changesState(event)) {
            changed = true;
            cause.onEvent(event);
        }
    }

    /**
     * Everything but packets, words, and what leaves every state as it was: a count (a role that
     * changes says so itself), a sync sent, a refused write, a sync that brought nothing new.
     * Nodes count votes on every beacon; asking the invariants after each count would read every
     * node many times a second for nothing.
     */
    private static boolean changesState(SimEvent event) {
        return !(event instanceof SimEvent.PacketSent || event instanceof SimEvent.PacketHop
                || event instanceof SimEvent.PacketDelivered || event instanceof SimEvent.PacketDropped
                || event instanceof SimEvent.Note || event instanceof SimEvent.Warning
                || event instanceof SimEvent.VotesCounted || event instanceof SimEvent.GdbSyncSent
                || event instanceof SimEvent.GdbRefused
                || (event instanceof SimEvent.GdbSyncMerged merged && merged.changed() == 0));
    }

    /**
     * Checks every claim whose instant is at or before {@code now} (time since the run began), asks
     * the invariants when a state changed or a look is due, and once {@code now} reaches the end of
     * the run gives each invariant its final verdict.
     */
    public void checkDue(long now) {
        while (!due.isEmpty() && due.get(0).instant() <= now) {
            Due check = due.remove(0);
            ExpectationResult result = check.check().check(view);
            verdicts.add(new ExpectationSession.Update(check.index(), result.verdict(),
                    (result.detail() == null || result.detail().isEmpty() ? "" : result.detail() + " ") + "(live, checked at " + SimTime.format(now) + ")"));
        }
        if (watched.isEmpty() || finished) {
            return;
        }
        if (changed || now - lastLook >= SimTime.ms(LOOK_EVERY_MS)) {
            look(Math.min(now, end));
        }
        if (now >= end) {
            finished = true;
            for (Watched w : watched) {
                w.monitor().finish(ShiftedClusterView.at(view, end));
                ExpectationResult result = w.monitor().result();
                verdicts.add(new ExpectationSession.Update(w.index(), result.verdict(), result.passed()
                        ? "held at each of " + looks + " looks at the live nodes" : result.detail() + " (live)"));
            }
        }
    }

    private void look(long now) {
        changed = false;
        lastLook = now;
        looks++;
        ClusterView at = ShiftedClusterView.at(view, now);
        for (Watched w : watched) {
            boolean failedBefore = w.monitor().failed();
            w.monitor().afterStep(at, cause::describe);
            if (!failedBefore && w.monitor().failed()) {
                verdicts.add(new ExpectationSession.Update(w.index(), Verdict.FAIL, w.monitor().failure() + " (live)"));
            }
        }
        cause.clear();
    }

    public List<ExpectationSession.Update> drain() {
        List<ExpectationSession.Update> out = List.copyOf(verdicts);
        verdicts.clear();
        return out;
    }
}
