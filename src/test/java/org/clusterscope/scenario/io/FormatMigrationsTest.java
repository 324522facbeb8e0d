package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;

/** Old formats are brought up to date on the JSON tree, step by step, before binding. */
class FormatMigrationsTest {

    @Test
    void theFormatOneFixtureReadsWithTheStandardChain() throws Exception {
        Scenario s = new ScenarioReader().read(Path.of("src/test/resources/scenarios/formats/format-1.json"));

        assertThat(s.format()).isEqualTo(1);
        assertThat(s.roster().ids()).containsExactly("a", "b", "c", "edge.1", "edge.2", "edge.3", "spare.1", "spare.2");
        assertThat(s.events()).hasSize(18);
        assertThat(s.gdb().clusters()).hasSize(2);
    }

    @Test
    void aChainAppliesEveryStepFromTheFilesFormatInOrder() throws Exception {
        // An imagined format 0 spelled "duration" where format 1 says "runFor"; format -1 had no seed.
        FormatMigrations.Step renameDuration = step(0, root -> root.set("runFor", root.remove("duration")));
        FormatMigrations.Step addSeed = step(-1, root -> root.put("seed", 5));
        ScenarioReader reader = new ScenarioReader(new FormatMigrations(1, List.of(renameDuration, addSeed)));

        Scenario s = reader.read("old.json", "{ \"format\": -1, \"name\": \"old\", \"duration\": \"12s\" }");

        assertThat(s.format()).isEqualTo(1);
        assertThat(s.seed()).isEqualTo(5);
        assertThat(s.runFor().text()).isEqualTo("12s");
    }

    @Test
    void aFormatTooOldForTheChainIsRefusedByName() {
        assertThatThrownBy(() -> new ScenarioReader().read("zero.json", "{ \"format\": 0, \"name\": \"zero\" }"))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("zero.json:1:13: $.format: unknown format 0 (this version reads formats 1 to 1)");
    }

    @Test
    void aChainWithAGapIsABug() {
        assertThatThrownBy(() -> new FormatMigrations(3, List.of(step(1, root -> { }))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFormatVersionHasItsFixture() throws Exception {
        for (int format = 1; format <= Scenario.CURRENT_FORMAT; format++) {
            Path fixture = Path.of("src/test/resources/scenarios/formats/format-" + format + ".json");
            assertThat(Files.exists(fixture)).as("fixture for format %d", format).isTrue();
            new ScenarioReader().read(fixture);
        }
    }

    private static FormatMigrations.Step step(int from, java.util.function.Consumer<ObjectNode> change) {
        return new FormatMigrations.Step() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void apply(ObjectNode root) {
                change.accept(root);
            }
        };
    }
}
