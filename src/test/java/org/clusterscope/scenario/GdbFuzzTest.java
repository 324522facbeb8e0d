package org.clusterscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gdb.GdbNode;
import org.clusterscope.gdb.GdbRecord;
import org.clusterscope.net.LinkView;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.ScenarioRunner;

/**
 * A fuzz run over a GDB scenario: random kills, quits, partitions, cut and lossy links, as
 * {@code fuzz} adds them, with the invariant of PROTOCOL.md §7 that once the network has been
 * whole (one component, every link up and lossless, the same nodes running, no new write) for
 * two sync periods, every running holder holds the same version of every key.
 */
class GdbFuzzTest {

    private static final long TWO_SYNC_PERIODS = 2 * GdbNode.SYNC_MS * 1000;

    @Test
    void replicasOfOneKeyAgreeOnceTheNetworkHasBeenWholeForTwoSyncPeriods() throws Exception {
        Scenario base = new ScenarioReader().read(Path.of("src/test/resources/scenarios/runs/gdb-fuzz.json"));
        int checkedRuns = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Scenario scenario = FaultSchedule.apply(base, seed)
                    .withExpect(List.of(new Expectation.Always(InvariantKind.GDB_REPLICAS_AGREE, null, null)));
            Watch watch = new Watch();
            ScenarioRunner runner = new ScenarioRunner(scenario);
            Simulation sim = runner.build(List.of(watch));
            watch.sim = sim;
            sim.addStepListener(watch::afterStep);
            var session = new org.clusterscope.scenario.check.ExpectationSession(scenario.expect(), sim,
                    scenario.runFor().micros());
            session.runTo(scenario.runFor().micros());

            String faults = "seed " + seed + " with faults " + FaultSchedule.faults(base, seed);
            assertThat(watch.violation).as(faults).isNull();
            assertThat(session.results().get(0).line()).as(faults).isEqualTo("PASS always gdbReplicasAgree");
            if (watch.checks > 0) {
                checkedRuns++;
            }
        }
        assertThat(checkedRuns).as("runs in which the network was whole long enough to check").isGreaterThan(20);
    }

    /** Tracks since when the network has been whole and checks agreement from two sync periods on. */
    private static final class Watch implements org.clusterscope.event.SimListener {
        Simulation sim;
        String violation;
        long checks;
        private long lastWrite = Long.MIN_VALUE / 2;
        private String shape = "";
        private long wholeSince = -1;

        @Override
        public void onEvent(SimEvent event) {
            if (event instanceof SimEvent.GdbWritten) {
                lastWrite = event.time();
            }
        }

        void afterStep() {
            if (violation != null) {
                return;
            }
            long now = sim.now();
            String current = shape();
            if (current == null) {
                wholeSince = -1;
                shape = "";
                return;
            }
            if (!current.equals(shape) || wholeSince < 0) {
                shape = current;
                wholeSince = now;
            }
            long since = Math.max(wholeSince, lastWrite);
            if (now - since < TWO_SYNC_PERIODS) {
                return;
            }
            checks++;
            List<NodeId> running = sim.nodeIds().stream().filter(sim::isRunning).toList();
            List<GdbRecord> reference = sim.gdbRecords(running.get(0));
            for (NodeId n : running) {
                List<GdbRecord> held = sim.gdbRecords(n);
                if (!Objects.equals(held, reference)) {
                    violation = "at " + now + " µs " + n + " holds " + held + " but " + running.get(0) + " holds "
                            + reference;
                }
            }
        }

        /** The running set when the network is whole (one component, links up and lossless), else null. */
        private String shape() {
            for (LinkView link : sim.links()) {
                if (!link.live() || link.settings().loss() > 0) {
                    return null;
                }
            }
            if (sim.components().size() != 1) {
                return null;
            }
            List<String> running = new ArrayList<>();
            for (NodeId n : sim.nodeIds()) {
                if (sim.isRunning(n)) {
                    running.add(n.value());
                }
            }
            return running.isEmpty() ? null : String.join(",", running);
        }
    }
}
