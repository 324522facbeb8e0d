package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.ScenarioError;

/**
 * Files written to hurt the reader are refused with a message that says where and what, never a
 * stack trace, never an answer that grows with the square of the file (SCENARIO_FORMAT.md "Input limits").
 */
class HostileInputTest {

    private final ScenarioReader reader = new ScenarioReader();

    private static final String HEAD = "{\"format\": 1, \"name\": \"x\", \"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n";

    private List<ScenarioError> refused(String text) {
        try {
            reader.read("hostile.json", text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidScenarioException e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + text.substring(0, Math.min(200, text.length())));
    }

    private static String messages(List<ScenarioError> errors) {
        return String.join("\n", errors.stream().map(ScenarioError::toString).toList());
    }

    @Test
    void aNumberWhoseExponentOverflowsIsRefusedWithItsPlace() {
        List<ScenarioError> errors = refused(HEAD + "\"links\": [{\"link\": [\"a\", \"b\"], \"latencyMs\": 1e2147483648}]}");
        assertThat(messages(errors)).contains("hostile.json:2:").contains("$.links[0].latencyMs")
                .contains("number").doesNotContain("Exception").doesNotContain("Exponent");
    }

    @Test
    void everyKindOfHugeNumberIsRefusedWherever() {
        for (String number : List.of("1e2147483648", "-1e-2147483649", "1E999999999999", "9".repeat(900),
                "0." + "1".repeat(900), "1e400", "123456789012345678901234567890")) {
            String messages = messages(refused(HEAD + "\"runFor\": " + number + "}"));
            assertThat(messages).as(number).contains("hostile.json:2:").contains("$.runFor")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void anEnormousDurationTextIsRefusedWithoutReadingItAsANumber() {
        String zeros = "1" + "0".repeat(300_000) + "ms";
        String messages = messages(refused(HEAD + "\"runFor\": \"" + zeros + "\"}"));
        assertThat(messages).contains("hostile.json:2:11: $.runFor: the duration is too long");
        assertThat(messages.length()).isLessThan(1000);
    }

    @Test
    void aLargeCliqueIsCheckedWithoutExpandingItsPairs() {
        StringBuilder text = new StringBuilder("{\"format\": 1, \"name\": \"x\", \"groups\": [{\"name\": \"g\", \"count\": 6000}],"
                + " \"links\": [{\"clique\": [");
        for (int i = 1; i <= 6000; i++) {
            text.append(i > 1 ? "," : "").append("\"g.").append(i).append('"');
        }
        text.append("]}, {\"connect\": [[");
        for (int i = 1; i <= 3000; i++) {
            text.append(i > 1 ? "," : "").append("\"g.").append(i).append('"');
        }
        text.append("], [");
        for (int i = 3001; i <= 6000; i++) {
            text.append(i > 3001 ? "," : "").append("\"g.").append(i).append('"');
        }
        text.append("]]}], \"events\": [{\"at\": \"1s\", \"linkDown\": [\"g.1\", \"g.6000\"]},"
                + " {\"at\": \"2s\", \"linkUp\": [\"g.1\", \"g.6000\"]}]}");
        Scenario scenario;
        try {
            scenario = reader.read("clique.json", text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (InvalidScenarioException e) {
            throw new AssertionError(messages(e.errors()));
        }
        assertThat(scenario.roster().nodes()).hasSize(6000);
        assertThat(scenario.links()).hasSize(2);
    }

    @Test
    void aLinkEventOnAPairNoShapeJoinsIsStillRefused() {
        String messages = messages(refused("{\"format\": 1, \"name\": \"x\", \"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"},"
                + " {\"id\": \"c\"}],\n \"links\": [{\"ring\": [\"a\", \"b\"]}, {\"connect\": [[\"a\"], [\"b\"]]}],"
                + "\n \"events\": [{\"at\": \"1s\", \"linkDown\": [\"a\", \"c\"]}]}"));
        assertThat(messages).contains("$.events[0].linkDown");
    }

    @Test
    void groupsThatNeedMorePortsThanExistAreAValidationError() {
        StringBuilder text = new StringBuilder("{\"format\": 1, \"name\": \"x\", \"groups\": [");
        for (int g = 0; g < 7; g++) {
            text.append(g > 0 ? ",\n" : "\n").append("{\"name\": \"g").append(g).append("\", \"count\": 10000}");
        }
        text.append("]}");
        String messages = messages(refused(text.toString()));
        assertThat(messages).contains("$.groups[5].count").contains("65535").doesNotContain("Exception");
    }

    @Test
    void portsFromAnExplicitBaseDoNotCountAgainstTheDefaultRange() throws Exception {
        Scenario scenario = reader.read("ok.json", ("{\"format\": 1, \"name\": \"x\", \"groups\": ["
                + "{\"name\": \"a\", \"count\": 10000, \"portBase\": 1000},"
                + "{\"name\": \"b\", \"count\": 10000}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(scenario.roster().nodes()).hasSize(20000);
    }

    @Test
    void aFileThatIsNotARegularFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("is a directory");
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() == 0) {
            // nobody writes to it: reading would wait forever
            assertThatThrownBy(() -> reader.read(fifo)).isInstanceOf(InvalidScenarioException.class)
                    .hasMessageContaining("not a regular file");
        }
        Path device = Path.of("/dev/zero");
        if (Files.exists(device)) {
            assertThatThrownBy(() -> reader.read(device)).isInstanceOf(InvalidScenarioException.class)
                    .hasMessageContaining("not a regular file");
        }
    }

    @Test
    void aFileOverSixteenMebibytesIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 16L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.read(big)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("larger than 16 MiB");
    }

    @Test
    void parserLimitsAreWordedForPeopleWithLineAndColumn() {
        String deep = messages(refused(HEAD + "\"notes\": " + "[".repeat(1200) + "]".repeat(1200) + "}"));
        assertThat(deep).contains("hostile.json:2:").contains("nested").doesNotContain("StreamReadConstraints");

        String digits = messages(refused(HEAD + "\"runFor\": " + "7".repeat(1200) + "}"));
        assertThat(digits).contains("hostile.json:2:").contains("number").doesNotContain("StreamReadConstraints");

        String nan = messages(refused(HEAD + "\"runFor\": NaN}"));
        assertThat(nan).contains("hostile.json:2:").contains("NaN").doesNotContain("JsonReadFeature")
                .doesNotContain("ALLOW_");
    }

    @Test
    void aStringOverTwentyMillionCharactersIsRefusedWithItsPlace() {
        String huge = messages(refused(HEAD + "\"title\": \"" + "x".repeat(20_000_001) + "\"}"));
        assertThat(huge).contains("hostile.json:2:").contains("string").doesNotContain("StreamReadConstraints")
                .doesNotContain("Exception");
    }
}
