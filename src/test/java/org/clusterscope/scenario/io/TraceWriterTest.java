package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.run.ScenarioRunner;

/**
 * The trace: one JSON object per event, the same bytes for the same file and seed. (That the
 * events are the same on every machine is checked against golden traces: GoldenTracesTest.)
 */
class TraceWriterTest {

    private static byte[] trace(Scenario scenario) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceWriter writer = new TraceWriter(bytes)) {
            new ScenarioRunner(scenario).run(scenario.runFor().micros(), List.of(writer));
        }
        return bytes.toByteArray();
    }

    @Test
    void eachEventIsOneLineWithItsTimeInMillisecondsAndItsFields() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceWriter writer = new TraceWriter(bytes)) {
            writer.onEvent(new SimEvent.NodeStarted(2_000_500, NodeId.of("n5"), 8085, 2_000_500));
            writer.onEvent(new SimEvent.StateChanged(3_000_000, NodeId.of("n5"), NodeState.JOINING, NodeState.SLAVE,
                    NodeId.of("n1"), "follows n1"));
            writer.onEvent(new SimEvent.PartitionChanged(20_000_000, "partition",
                    List.of(List.of(NodeId.of("n2")), List.of(NodeId.of("n5")))));
            writer.onEvent(new SimEvent.NodeStopped(23_000_000, NodeId.of("n5"), SimEvent.StopKind.DISPATCHED, "lost"));
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                {"t":2000.5,"type":"node.started","node":"n5","port":8085,"birth":2000.5}
                {"t":3000,"type":"node.state","node":"n5","from":"joining","to":"slave","master":"n1","reason":"follows n1"}
                {"t":20000,"type":"partition","name":"partition","groups":[["n2"],["n5"]]}
                {"t":23000,"type":"node.stopped","node":"n5","kind":"dispatched","reason":"lost"}
                """);
    }

    @Test
    void theSameFileAndSeedGiveTheSameBytesTwice() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/lossy-slow-links.json"));

        assertThat(trace(scenario)).isEqualTo(trace(scenario));
        assertThat(trace(scenario)).isNotEqualTo(trace(scenario.withSeed(32)));
    }

    @Test
    void aGdbScenarioGivesTheSameBytesTwiceAndTracesEveryKindOfGdbEvent() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/gdb-partition-converge.json"));

        byte[] first = trace(scenario);

        assertThat(first).isEqualTo(trace(scenario));
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("\"type\":\"gdb.write\"", "\"type\":\"gdb.sync.sent\"",
                "\"type\":\"gdb.sync.merged\"", "\"type\":\"gdb.conflict\"", "\"type\":\"gdb.net\"",
                "\"type\":\"gdb.cluster\"", "\"kind\":\"gdb.sync\"");
        assertThat(text).contains("{\"t\":6500,\"type\":\"gdb.write\",\"node\":\"n4\",\"op\":\"write\","
                + "\"cluster\":\"app\",\"group\":\"app.gdb.settings\",\"key\":\"config\",\"value\":\"right\","
                + "\"reason\":\"n4 is ROOT, new key in app\"}");
    }
}
