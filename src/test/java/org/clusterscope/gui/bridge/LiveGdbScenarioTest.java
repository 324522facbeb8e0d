package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.runtime.GdbPicture;
import org.clusterscope.runtime.LiveCluster;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * The example {@code gdb-partition-converge.json} run live as the window runs it (Run on Real
 * Sockets): its partition, writes on both sides, heal and restarts applied at their times on real
 * nodes, the syncs over real sockets. It must end where the simulation of the same file ends. The
 * file's own times pace the run; the test only waits on what the nodes hold, with a generous
 * safety net.
 */
class LiveGdbScenarioTest {

    private static final long PATIENCE_MS = 120_000;
    private static final String GROUP = "app.gdb.settings";

    @Test
    void theGdbPartitionScenarioRunLiveConvergesAsInTheSimulation() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/gdb-partition-converge.json"));
        List<String> ids = List.of("n1", "n2", "n3", "n4", "n5");
        List<CheckVerdict> verdicts = new ArrayList<>();
        List<SimEvent> events = new ArrayList<>();
        LiveClusterPort port = LiveClusterPort.of(scenario);
        try {
            port.subscribe(events::add);
            LiveCluster cluster = port.cluster();
            assertThat(cluster.hasGdb()).isTrue();
            cluster.waitUntil(() -> {
                port.runUntil(port.now());
                verdicts.addAll(port.drainVerdicts());
                return port.now() > 15_000_000 && ids.stream().allMatch(id -> cluster.isRunning(NodeId.of(id))
                        && cluster.gdbValue(NodeId.of(id), GROUP, "config").equals(Optional.of("right")));
            }, "every node running again and holding config=right after the heal", PATIENCE_MS);
            // the expectations of the file, checked live as their instants pass
            cluster.waitUntil(() -> {
                port.runUntil(port.now());
                verdicts.addAll(port.drainVerdicts());
                return verdicts.size() == scenario.expect().size();
            }, "a verdict on each of the file's expectations", PATIENCE_MS);
            assertThat(verdicts).allSatisfy(v -> assertThat(v.passed()).as(v.detail()).isTrue());

            Map<String, String> live = finalRecords(port.gdbPicture());
            // the picture reads as time since the start: n4's winning write at about 6.5 s
            GdbPicture.Row winner = port.gdbPicture().recordsOf(NodeId.of("n1")).get(0);
            assertThat(winner.writer()).isEqualTo(NodeId.of("n4"));
            assertThat(winner.timestamp()).isBetween(6_000_000L, 15_000_000L);
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(SimEvent.GdbConflict.class));

            Simulation simulation = new ScenarioRunner(scenario).build(List.of());
            simulation.runUntil(scenario.runFor().micros());
            assertThat(live).isEqualTo(finalRecords(simulation.gdbPicture()));
        } finally {
            port.close();
        }
    }

    /** Each node's record of the key: its value and writer. */
    private static Map<String, String> finalRecords(GdbPicture picture) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : List.of("n1", "n2", "n3", "n4", "n5")) {
            List<GdbPicture.Row> rows = picture.recordsOf(NodeId.of(id));
            out.put(id, rows.stream().map(r -> r.group() + "/" + r.key() + "=" + r.value() + " by " + r.writer()).toList()
                    .toString());
        }
        return out;
    }
}
