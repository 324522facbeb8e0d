package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.clusterscope.scenario.InvalidScenarioException;

/**
 * No input makes the reader throw anything but a refusal with positioned messages: every
 * truncation of the example, and thousands of random mutations of it, are either read or
 * refused cleanly.
 */
class ReaderFuzzTest {

    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void everyTruncationOfTheExampleIsRefusedCleanly() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("src/test/resources/scenarios/formats/format-1.json"));
        int end = new String(example, StandardCharsets.UTF_8).stripTrailing().length();
        for (int length = 0; length < end; length++) {
            byte[] cut = java.util.Arrays.copyOf(example, length);
            assertRefusedCleanly(cut, "truncated at " + length);
        }
    }

    @Test
    void randomMutationsNeverEscapeAsAnythingButARefusal() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("src/test/resources/scenarios/formats/format-1.json"));
        String alphabet = "{}[]\",:0123456789-.eE truefalsnul\\@xyzn1";
        SplittableRandom random = new SplittableRandom(2024);
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] mutated = example.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(mutated.length);
                mutated[at] = random.nextInt(8) == 0 ? (byte) random.nextInt(256)
                        : (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            if (!readsOrRefusesCleanly(mutated, "round " + round)) {
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(1000);
    }

    @Test
    void garbageAndDeepNestingAreRefusedCleanly() {
        assertRefusedCleanly(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, "binary");
        assertRefusedCleanly("[".repeat(5000).getBytes(StandardCharsets.UTF_8), "deep arrays");
        assertRefusedCleanly(("{\"format\":1,\"name\":\"x\",\"nodes\":" + "[".repeat(2000)).getBytes(StandardCharsets.UTF_8),
                "deep inside");
        assertRefusedCleanly("{\"format\": 1e400, \"name\": \"x\"}".getBytes(StandardCharsets.UTF_8), "huge number");
        assertRefusedCleanly("{\"format\": 99999999999999999999999, \"name\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                "huge integer");
        assertRefusedCleanly("{\"format\": 1, \"name\": \"x\", \"runFor\": \"99999999999999999999h\"}"
                .getBytes(StandardCharsets.UTF_8), "endless run");
        assertRefusedCleanly("{\"format\": 1, \"name\": \"x\", \"runFor\": 99999999999999999}"
                .getBytes(StandardCharsets.UTF_8), "endless millis");
    }

    private void assertRefusedCleanly(byte[] content, String what) {
        assertThat(readsOrRefusesCleanly(content, what)).as(what + " should be refused").isFalse();
    }

    /** True when read, false when refused with messages; any other outcome fails the test. */
    private boolean readsOrRefusesCleanly(byte[] content, String what) {
        try {
            reader.read("fuzz.json", content);
            return true;
        } catch (InvalidScenarioException e) {
            assertThat(e.errors()).as(what).isNotEmpty();
            e.errors().forEach(error -> assertThat(error.toString()).as(what).startsWith("fuzz.json").doesNotContain(
                    "Exception").doesNotContain("\tat "));
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " escaped as " + e, e);
        }
    }
}
