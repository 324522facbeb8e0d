package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run FILE}: exit 0 when every expectation holds, 1 when one fails, 2 for bad files or arguments. */
class RunCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cli(String... args) {
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theExampleRunsNarratedAndPasses() {
        int status = cli("run", "scenarios/ring-kill-master.json");

        assertThat(status).isEqualTo(0);
        assertThat(out.toString())
                .contains("ring-kill-master: Ring of five: the master dies")
                .contains("   10.000s  n1 is killed: it crashes without a word")
                .contains("n2 becomes MASTER")
                .contains("PASS by 8s master n1\nPASS by 18s master n2\n")
                .contains("summary: 6 of 6 expectations passed; 40s simulated; ")
                .doesNotContain("packet.hop");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void quietPrintsOnlyVerdictsAndTheSummary() {
        assertThat(cli("run", "--quiet", "scenarios/ring-kill-master.json")).isEqualTo(0);

        assertThat(out.toString().lines()).hasSize(7);
        assertThat(out.toString()).startsWith("PASS by 8s master n1");
    }

    @Test
    void aFailedExpectationExitsOne() {
        assertThat(cli("run", "--quiet", "src/test/resources/scenarios/runs/wrong-expectations.json")).isEqualTo(1);

        assertThat(out.toString()).contains("FAIL by 5s noMaster b2: b2 names b1")
                .contains("summary: 3 of 8 expectations passed, 5 failed");
    }

    @Test
    void aShorterRunSkipsLaterExpectations() {
        assertThat(cli("run", "--quiet", "--for", "20s", "scenarios/ring-kill-master.json")).isEqualTo(0);

        assertThat(out.toString()).contains("SKIP by 38s master n1: the run ends at 20s").contains("3 skipped");
    }

    @Test
    void anInvalidFileExitsTwoWithItsErrors() {
        assertThat(cli("run", "src/test/resources/scenarios/broken/event-after-run.json")).isEqualTo(2);

        assertThat(err.toString()).contains("event-after-run.json:12:13: $.events[0].at: the event at 50s comes after "
                + "the end of the run (runFor 40s)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badArgumentsExitTwoWithAClearMessageAndNoStackTrace() {
        assertThat(cli("run", "--for", "10x", "scenarios/ring-kill-master.json")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --for '10x': expected a duration");

        assertThat(cli("run", "--seed", "many", "scenarios/ring-kill-master.json")).isEqualTo(2);
        assertThat(cli("run")).isEqualTo(2);
        assertThat(cli("run", "--frobnicate", "scenarios/ring-kill-master.json")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aGdbScenarioRunsNarratesItsRecordsAndChecksThem() {
        assertThat(cli("run", "scenarios/gdb-member-roles.json")).isEqualTo(0);

        assertThat(out.toString()).contains(
                "3.000s  n3's write shop.gdb.prices/pear = \"2\" is REFUSED: n3 is GUEST and may only read",
                "5.000s  n2 writes shop.gdb.prices/plum = \"4\" (n2 is USER, new key in shop)",
                "PASS by 6s noRecord n1 shop.gdb.prices/pear",
                "9 of 9 expectations passed", "gdb.sync");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theTraceIsTheSameForTheSameSeedAndDiffersForAnother(@TempDir Path folder) throws Exception {
        Path first = folder.resolve("first.jsonl");
        Path second = folder.resolve("second.jsonl");
        Path other = folder.resolve("other.jsonl");

        assertThat(cli("run", "--quiet", "--trace", first.toString(), "scenarios/split-2-2.json")).isEqualTo(0);
        assertThat(cli("run", "--quiet", "--trace", second.toString(), "scenarios/split-2-2.json")).isEqualTo(0);
        cli("run", "--quiet", "--seed", "6", "--trace", other.toString(), "scenarios/split-2-2.json");

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readAllBytes(first)).isNotEqualTo(Files.readAllBytes(other));
        assertThat(Files.readAllLines(first)).allMatch(line -> line.startsWith("{\"t\":") && line.endsWith("}"));
    }

    @Test
    void severalFilesRunInTurnAndTheWorstStatusWins(@TempDir Path folder) {
        int status = cli("run", "--quiet", "scenarios/split-2-2.json",
                "src/test/resources/scenarios/runs/wrong-expectations.json", "scenarios/quit-vs-kill.json");

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("== scenarios/split-2-2.json\nPASS by 8s master n1",
                "== src/test/resources/scenarios/runs/wrong-expectations.json\nFAIL by 5s master a2",
                "== scenarios/quit-vs-kill.json\n", "summary: 8 of 8 expectations passed");
        assertThat(cli("run", "--trace", folder.resolve("t.jsonl").toString(), "scenarios/split-2-2.json", "scenarios/quit-vs-kill.json"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--trace takes one scenario file, not 2");
    }

    @Test
    void anUnwritableTraceIsABadArgument(@TempDir Path folder) {
        assertThat(cli("run", "--trace", folder.resolve("missing/dir/t.jsonl").toString(),
                "scenarios/ring-kill-master.json")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write the trace");
    }

    @Test
    void theTraceNeverOverwritesTheScenarioItRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ring.json");
        Files.copy(Path.of("scenarios/ring-kill-master.json"), file);
        byte[] before = Files.readAllBytes(file);
        assertThat(cli("run", file.toString(), "--trace", dir.resolve("./ring.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is the scenario being run");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void logOverlayPrintsOnlyTheOverlayLinesOfTheTimeline() {
        assertThat(cli("run", "--log", "overlay", "scenarios/tezt-public-ring.json")).isEqualTo(0);

        List<String> timeline = out.toString().lines().filter(l -> l.matches(" *\\d+\\.\\d{3}s  .*")).toList();
        assertThat(timeline).isNotEmpty().allMatch(l -> l.contains(" asks ") || l.contains(" refuses ")
                || l.contains(" linked: ") || l.contains(" closed: "));
        assertThat(out.toString()).contains("n1\u2013n9 closed: n1 stopped").contains("PASS by 20s overlay");
    }

    @Test
    void logKeepsTheSectionsItNamesAndRefusesAnUnknownOne() {
        assertThat(cli("run", "--log", "faults,notes", "scenarios/ring-kill-master.json")).isEqualTo(0);
        assertThat(out.toString()).contains("n1 is killed").doesNotContain("votes").doesNotContain("MASTER");

        assertThat(cli("run", "--log", "overlay,elections", "scenarios/ring-kill-master.json")).isEqualTo(2);
        assertThat(err.toString()).contains("--log: unknown section \"elections\"");
    }
}
