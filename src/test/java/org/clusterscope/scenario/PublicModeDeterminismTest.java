package org.clusterscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.clusterscope.core.SimTime;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.TraceWriter;
import org.clusterscope.scenario.run.ScenarioRunner;
import org.clusterscope.testkit.Golden;
import org.clusterscope.testkit.SemanticTrace;

/**
 * Public mode is deterministic to the byte, and draws nothing unless it is on (PROTOCOL.md §8):
 * adding {@code "overlay": {"public": false}} to any example changes no byte of its trace, and
 * the golden traces still come out of such files.
 */
class PublicModeDeterminismTest {

    static Stream<String> privateExamples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .filter(n -> !n.startsWith("tezt-public") && !n.startsWith("tezt-private")).sorted().toList()
                    .stream();
        }
    }

    private static byte[] trace(Scenario scenario) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceWriter writer = new TraceWriter(bytes)) {
            new ScenarioRunner(scenario).run(scenario.runFor().micros(), List.of(writer));
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("privateExamples")
    void publicFalseChangesNoByteOfTheTrace(String file) throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios", file));
        assertThat(scenario.overlay()).isNull();

        byte[] without = trace(scenario);
        byte[] off = trace(scenario.withOverlay(new OverlaySettings(false, 6, 5000)));
        byte[] offOtherSettings = trace(scenario.withOverlay(new OverlaySettings(false, 64, 1)));

        assertThat(off).isEqualTo(without);
        assertThat(offOtherSettings).isEqualTo(without);
    }

    @ParameterizedTest(name = "{0} for {1} s")
    @CsvSource({"ring-kill-master, 12", "split-2-2, 12", "quit-vs-kill, 12", "lossy-slow-links, 6"})
    void theGoldenTracesComeOutOfFilesWithPublicFalse(String name, int seconds) throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios", name + ".json"))
                .withOverlay(new OverlaySettings(false, 6, 5000));
        SemanticTrace trace = new SemanticTrace();

        new ScenarioRunner(scenario).run(SimTime.ms(seconds * 1_000L), List.of(trace));

        Golden.assertMatches("scenarios/" + name + ".seed" + scenario.seed() + "." + seconds + "s.jsonl", trace.lines());
    }

    @Test
    void thePublicRingGivesTheSameBytesForTheSameSeedAndOthersForAnother() throws Exception {
        Scenario ring = new ScenarioReader().read(Path.of("scenarios", "tezt-public-ring.json"));

        byte[] first = trace(ring);
        byte[] second = trace(ring);
        byte[] otherSeed = trace(ring.withSeed(ring.seed() + 1));

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"type\":\"connectRequest\"").contains("\"type\":\"connect\"")
                .contains("\"type\":\"disconnect\"");
        assertThat(otherSeed).isNotEqualTo(first);
    }
}
