package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.clusterscope.core.Span;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.FaultSchedule.Fault;
import org.clusterscope.scenario.FaultSchedule;
import org.clusterscope.scenario.InvariantKind;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationResult;

/**
 * One fuzz run and its shrinking: the scenario (with the expectations fuzz checks) run with a
 * list of faults; when something fails, the faults are dropped, moved later and merged while
 * the same expectation still fails, so what is reported is the smallest schedule that shows
 * the weakness. Each run is deterministic: the same scenario, seed and faults fail the same way.
 */
public final class FuzzRun {

    /**
     * What one run found: the failed verdict lines, the first failed expectation (null for a
     * crash), whether it crashed, and every failed expectation.
     */
    public record Outcome(List<String> failures, Expectation first, boolean crashed, List<Expectation> failed) {

        public boolean hasFailed() {
            return !failures.isEmpty();
        }

        /** Whether this outcome shows the same problem as {@code original}: its first failure fails again. */
        boolean same(Outcome original) {
            if (!hasFailed()) {
                return false;
            }
            return original.crashed ? crashed : failed.contains(original.first);
        }
    }

    private static final int SHRINK_BUDGET = 150;

    private final Scenario scenario;
    private final long seed;

    public FuzzRun(Scenario scenario, long seed) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.seed = seed;
    }

    /**
     * The scenario with the expectations fuzz checks: its {@code always} checks (or
     * atMostOneMasterPerComponent with a grace of one time to live and one heartbeat, the time two
     * merging halves take to agree, and gdbReplicasAgree where the file has GDB clusters), and its
     * timed expectations only when {@code strict}.
     */
    public static Scenario checked(Scenario scenario, boolean strict) {
        List<Expectation> expect = new ArrayList<>(strict ? scenario.expect()
                : scenario.expect().stream().filter(e -> e instanceof Expectation.Always).toList());
        if (expect.stream().noneMatch(e -> e instanceof Expectation.Always)) {
            Span grace = Span.ofMicros((scenario.protocol().ttlMs() + scenario.protocol().heartbeatMs()) * 1000);
            expect.add(new Expectation.Always(InvariantKind.AT_MOST_ONE_MASTER_PER_COMPONENT, null, grace));
            if (scenario.gdb() != null && !scenario.gdb().clusters().isEmpty()) {
                // replicated records: the replicas agree once the network has been whole for two sync periods
                expect.add(new Expectation.Always(InvariantKind.GDB_REPLICAS_AGREE, null, null));
            }
        }
        return scenario.withExpect(expect);
    }

    /** Runs the scenario with {@code faults}. */
    public Outcome run(List<Fault> faults) {
        Scenario variant = FaultSchedule.apply(scenario, seed, faults);
        try {
            RunReport report = runChecked(variant);
            List<ExpectationResult> failed = report.results().stream().filter(ExpectationResult::failed).toList();
            return new Outcome(failed.stream().map(ExpectationResult::line).toList(),
                    failed.isEmpty() ? null : failed.get(0).expectation(), false,
                    failed.stream().map(ExpectationResult::expectation).toList());
        } catch (RuntimeException e) {
            return new Outcome(List.of("CRASH " + e), null, true, List.of());
        }
    }

    /**
     * Runs the variant like {@code run}, and in public mode checks the overlay invariants of
     * PROTOCOL.md §8 after every step: a broken one stops the run as a crash does, naming it.
     */
    private static RunReport runChecked(Scenario variant) {
        long end = variant.runFor().micros();
        if (!variant.isPublic()) {
            return new ScenarioRunner(variant).run(end, List.of());
        }
        org.clusterscope.runtime.Simulation sim = new ScenarioRunner(variant).build(List.of());
        org.clusterscope.scenario.check.ExpectationSession session =
                new org.clusterscope.scenario.check.ExpectationSession(variant.expect(), sim, end);
        sim.addStepListener(() -> {
            String broken = sim.overlayViolation();
            if (broken != null) {
                throw new IllegalStateException("public mode invariant broken at "
                        + org.clusterscope.core.SimTime.format(sim.now()) + ": " + broken);
            }
        });
        session.runTo(end);
        return new RunReport(variant, sim, session.results(), end);
    }

    /** The smallest schedule found that still fails as {@code original} did, within a budget of runs. */
    public List<Fault> shrink(List<Fault> faults, Outcome original) {
        List<Fault> current = new ArrayList<>(faults);
        int budget = SHRINK_BUDGET;
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            // 1. drop a fault
            for (int i = 0; i < current.size() && budget > 0; i++) {
                List<Fault> candidate = new ArrayList<>(current);
                candidate.remove(i);
                budget--;
                if (run(candidate).same(original)) {
                    current = candidate;
                    progress = true;
                    i--;
                }
            }
            // 2. merge two faults of the same kind on the same target into one
            for (int i = 0; i + 1 < current.size() && budget > 0; i++) {
                for (int j = i + 1; j < current.size() && budget > 0; j++) {
                    Fault a = current.get(i);
                    Fault b = current.get(j);
                    if (a.kind() != b.kind() || !a.start().command().equals(b.start().command()) || a.repair() == null) {
                        continue;
                    }
                    Fault first = a.start().at().compareTo(b.start().at()) <= 0 ? a : b;
                    Fault last = first == a ? b : a;
                    List<Fault> candidate = new ArrayList<>(current);
                    candidate.set(i, new Fault(a.kind(), first.start(), last.repair()));
                    candidate.remove(j);
                    budget--;
                    if (run(candidate).same(original)) {
                        current = candidate;
                        progress = true;
                        break;
                    }
                }
            }
            // 3. move a fault later, by half the room it has, while nothing else changes
            long repairBy = scenario.runFor().micros() * 7 / 10;
            for (int i = 0; i < current.size() && budget > 0; i++) {
                Fault fault = current.get(i);
                long lastAt = fault.repair() == null ? fault.start().at().micros() : fault.repair().at().micros();
                long shift = (repairBy - lastAt) / 2 / 1000 * 1000;
                if (shift < 100_000) {
                    continue;
                }
                List<Fault> candidate = new ArrayList<>(current);
                candidate.set(i, fault.later(shift));
                if (!FaultSchedule.consistent(candidate)) {
                    continue;
                }
                budget--;
                if (run(candidate).same(original)) {
                    current = candidate;
                    progress = true;
                }
            }
        }
        return current;
    }
}
