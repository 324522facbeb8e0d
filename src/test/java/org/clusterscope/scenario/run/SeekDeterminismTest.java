package org.clusterscope.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.TraceWriter;

/**
 * Rewinding shows the past exactly: the trace a run hands out while it is sought back and forth,
 * rebuilt from checkpoints and from 0, is byte for byte the trace of one straight run, on every
 * example scenario a teacher opens.
 */
class SeekDeterminismTest {

    static Stream<Path> examples() throws Exception {
        return Files.list(Path.of("scenarios")).filter(path -> path.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aRunSoughtBackAndForthHasTheTraceOfOneStraightRun(Path file) throws Exception {
        Scenario scenario = new ScenarioReader().read(file);
        long end = Math.min(scenario.runFor().micros(), 30_000_000L);
        RunScript script = RunScript.of(scenario);

        String straight = trace(sink -> {
            new RunCursor(script, sink).seek(end);
        });
        int[] rebuilds = new int[1];
        String sought = trace(sink -> {
            RunCursor cursor = new RunCursor(script, sink);
            for (long at : List.of(end / 2, end / 4, end * 3 / 4, end / 8, end / 8 + 1, 0L, end / 3, end)) {
                cursor.seek(at);
                assertThat(cursor.now()).isEqualTo(at);
            }
            rebuilds[0] = cursor.rebuilds();
        });

        assertThat(rebuilds[0]).as("the backward seeks ran the script again").isGreaterThan(1);
        assertThat(sought.lines().count()).isEqualTo(straight.lines().count()).isGreaterThan(10);
        assertThat(sought).isEqualTo(straight);
    }

    interface Run {
        void into(TraceWriter sink) throws Exception;
    }

    static String trace(Run run) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceWriter writer = new TraceWriter(bytes)) {
            run.into(writer);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
