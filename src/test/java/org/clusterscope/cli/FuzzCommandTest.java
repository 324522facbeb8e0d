package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code fuzz FILE}: every failing seed with its replay command; exit 0, 1 or 2. */
class FuzzCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cli(String... args) {
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void runsThatAllHoldExitZero() {
        assertThat(cli("fuzz", "src/test/resources/scenarios/runs/tolerant.json", "--runs", "5")).isEqualTo(0);

        assertThat(out.toString()).startsWith("fuzz tolerant: 5 runs from seed 1, invariants only\n")
                .endsWith("summary: 0 of 5 runs failed\n");
    }

    @Test
    void everyFailingSeedIsPrintedWithTheCommandThatReplaysIt() {
        String file = "src/test/resources/scenarios/runs/impossible.json";

        assertThat(cli("fuzz", file, "--runs", "3", "--seed", "100", "--strict")).isEqualTo(1);

        assertThat(out.toString()).contains("seed 100: FAIL with faults ", "seed 101: FAIL", "seed 102: FAIL",
                "  FAIL by 5s masters 3: ", " fuzz " + Path.of(file).toAbsolutePath() + " --runs 1 --seed 101 --strict",
                "summary: 3 of 3 runs failed (seeds 100, 101, 102)");
        String replay = out.toString().lines().filter(l -> l.startsWith("  replay: ")).findFirst().orElseThrow();
        assertThat(replay).startsWith("  replay: " + ProcessHandle.current().info().command().orElseThrow() + " ");
    }

    @Test
    void byDefaultOnlyInvariantsCountNotTheFilesTimedExpectations() {
        assertThat(cli("fuzz", "src/test/resources/scenarios/runs/impossible.json", "--runs", "3", "--seed", "100"))
                .isEqualTo(0);
        assertThat(out.toString()).contains("invariants only").contains("summary: 0 of 3 runs failed");
    }

    @Test
    void theReportIsTheSameWhateverTheNumberOfJobs() {
        String file = "scenarios/clique-split-4-3.json";
        cli("fuzz", file, "--runs", "30", "--jobs", "1");
        String one = out.toString();
        out.getBuffer().setLength(0);
        cli("fuzz", file, "--runs", "30", "--jobs", "3");
        assertThat(out.toString()).isEqualTo(one).contains("FAIL");
    }

    @Test
    void aSavedFailureIsAScenarioThatRunReplays(@TempDir Path dir) {
        assertThat(cli("fuzz", "scenarios/clique-split-4-3.json", "--runs", "30", "--save-failures", dir.toString()))
                .isEqualTo(1);
        String saved = out.toString().lines().filter(l -> l.startsWith("  saved: ")).findFirst().orElseThrow();
        Path file = Path.of(saved.substring("  saved: ".length(), saved.indexOf("; replay")));
        out.getBuffer().setLength(0);
        assertThat(cli("run", file.toString(), "--quiet")).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL always atMostOneMasterPerComponent");
    }

    @Test
    void faultsCanBeRestrictedToSomeKinds() {
        assertThat(cli("fuzz", "scenarios/clique-split-4-3.json", "--runs", "20", "--faults", "link,loss",
                "--strict")).isIn(0, 1);
        assertThat(out.toString()).contains("faults link,loss").doesNotContain("kill ").doesNotContain("quit ")
                .doesNotContain("nemesis").doesNotContain("partition");
        assertThat(cli("fuzz", "scenarios/clique-split-4-3.json", "--faults", "kill,fire")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --faults \"fire\"");
    }

    @Test
    void aReplayRunsTheSameFaultsAsTheOriginal() {
        String file = "src/test/resources/scenarios/runs/impossible.json";
        cli("fuzz", file, "--runs", "3", "--seed", "100", "--strict");
        String original = out.toString().lines().filter(l -> l.startsWith("seed 102:")).findFirst().orElseThrow();
        out.getBuffer().setLength(0);

        cli("fuzz", file, "--runs", "1", "--seed", "102", "--strict");

        assertThat(out.toString()).contains(original);
    }

    @Test
    void invalidFilesAndArgumentsExitTwo() {
        assertThat(cli("fuzz", "src/test/resources/scenarios/broken/bad-nemesis.json")).isEqualTo(2);
        assertThat(cli("fuzz", "scenarios/ring-kill-master.json", "--runs", "0")).isEqualTo(2);
        assertThat(cli("fuzz", "scenarios/ring-kill-master.json", "--runs", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown nemesis \"halfs\"", "invalid --runs 0")
                .doesNotContain("\tat ");
    }
}
