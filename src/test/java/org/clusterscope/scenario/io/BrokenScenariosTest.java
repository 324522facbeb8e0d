package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.ScenarioError;

/**
 * Every file under {@code src/test/resources/scenarios/broken/} is refused with exactly the
 * messages of its {@code .errors} sibling: file, line, column, JSON path and what was expected.
 */
class BrokenScenariosTest {

    static final Path FOLDER = Path.of("src/test/resources/scenarios/broken");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isRefusedWithItsPreciseMessages(String fixture) throws IOException {
        byte[] content = Files.readAllBytes(FOLDER.resolve(fixture));
        List<String> expected = Files.readAllLines(FOLDER.resolve(fixture.replace(".json", ".errors")),
                StandardCharsets.UTF_8);

        InvalidScenarioException refused = assertThrows(InvalidScenarioException.class,
                () -> new ScenarioReader().read(fixture, content));

        assertThat(refused.errors()).extracting(ScenarioError::toString).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastTwentyFiveBrokenFixtures() throws IOException {
        assertThat(fixtures().count()).isGreaterThanOrEqualTo(25);
    }
}
