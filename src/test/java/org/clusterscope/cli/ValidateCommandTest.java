package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code validate FILE…}: 0 when every file is valid, 2 with every error of every file otherwise. */
class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(String... args) {
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void aValidFileExitsZero() {
        assertThat(validate("scenarios/ring-kill-master.json")).isEqualTo(0);
        assertThat(out.toString()).contains("scenarios/ring-kill-master.json: ok (5 nodes, 4 events, 6 expectations)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyErrorOfEveryInvalidFileIsPrintedAndTheExitIsTwo() {
        int status = validate("scenarios/ring-kill-master.json",
                "src/test/resources/scenarios/broken/bad-nemesis.json",
                "src/test/resources/scenarios/broken/duplicate-port.json");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains(
                "src/test/resources/scenarios/broken/bad-nemesis.json:11:30: $.events[0].nemesis: unknown nemesis",
                "src/test/resources/scenarios/broken/bad-nemesis.json:13:27: $.events[2].heal: expected true, found false",
                "src/test/resources/scenarios/broken/duplicate-port.json:7:27: $.nodes[2].port: port 8081 is already "
                        + "taken by n1",
                "2 of 3 files are invalid");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void aMissingFileOrNoFileIsABadArgument() {
        assertThat(validate("nowhere.json")).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere.json: no such file");
        assertThat(validate()).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
    }
}
