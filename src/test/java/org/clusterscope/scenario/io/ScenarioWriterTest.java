package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.clusterscope.scenario.Scenario;

/** Saving: what is written reads back equal, byte-stable, in the format page's field order. */
class ScenarioWriterTest {

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    static Stream<Path> everyScenario() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("scenarios"))) {
            return Stream.concat(examples.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream(),
                    Stream.of(Path.of("src/test/resources/scenarios/formats/format-1.json")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScenario")
    void writingThenReadingGivesAnEqualScenario(Path file) throws Exception {
        Scenario original = reader.read(file);

        String written = writer.toJson(original);
        Scenario again = reader.read("written-" + file.getFileName(), written);

        assertThat(again).isEqualTo(original);
        assertThat(writer.toJson(again)).isEqualTo(written);
    }

    @Test
    void theExampleIsWrittenInTheFormatPageOrderWithTwoSpaceIndent() throws Exception {
        Scenario example = reader.read(Path.of("scenarios/ring-kill-master.json"));

        String written = writer.toJson(example);

        assertThat(written).startsWith("{\n  \"format\": 1,\n  \"name\": \"ring-kill-master\",\n  \"title\": ");
        assertThat(written).contains("""
                  "protocol": { "election": "quorum", "strategy": "port", "heartbeatMs": 1000, "ttlMs": 3500, "beaconHops": 16 },
                  "network": { "latencyMs": 20, "jitterMs": 5, "loss": 0 },
                  "nodes": [
                    { "id": "n1", "port": 8081, "x": 400, "y": 100 },
                """);
        assertThat(written).contains("""
                  "links": [
                    { "ring": ["n1", "n2", "n3", "n4", "n5"] },
                    { "link": ["n1", "n3"], "latencyMs": 80, "loss": 0.05 }
                  ],
                  "events": [
                    { "at": "10s", "kill": "@master" },
                    { "at": "20s", "partition": [["n2", "n3", "n4"], ["n5"]] },
                """);
        assertThat(written).contains("    { \"by\": \"28s\", \"state\": { \"n5\": \"dispatched\" } },\n");
        assertThat(written).endsWith("    { \"always\": \"atMostOneMasterPerComponent\" }\n  ]\n}\n");
        assertThat(written.indexOf("\"nodes\"")).isLessThan(written.indexOf("\"links\""));
        assertThat(written.indexOf("\"events\"")).isLessThan(written.indexOf("\"expect\""));
    }

    @Test
    void durationsKeepTheFormTheyWereWrittenIn() throws Exception {
        Scenario s = reader.read("forms.json", """
                { "format": 1, "name": "forms", "runFor": 40000,
                  "nodes": [ { "id": "a", "startAt": "1500ms" }, { "id": "b", "startAt": "never" } ] }
                """);

        String written = writer.toJson(s);

        assertThat(written).contains("\"runFor\": 40000,").contains("\"startAt\": \"1500ms\"")
                .contains("\"startAt\": \"never\"");
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFileBehind(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("saved.json");
        Files.writeString(file, "an older, longer content that must disappear entirely ...............");
        Scenario example = reader.read(Path.of("scenarios/ring-kill-master.json"));

        writer.write(example, file);

        assertThat(reader.read(file)).isEqualTo(example);
        assertThat(Files.readString(file)).isEqualTo(writer.toJson(example));
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }
}
