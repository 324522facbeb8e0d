package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * {@code node} and {@code observe} refuse what they cannot do before they open a socket: a role
 * script without {@code --allow-scripts}, a group that is not multicast, a strategy or a
 * duration they do not know. One line each, exit 2, never a stack trace.
 */
class NodeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aRoleScriptRunsOnlyWhenScriptsAreAllowed() {
        assertThat(run("node", "--name", "n1", "--on-master", "touch /tmp/x")).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("--on-master runs a shell command on this machine; add --allow-scripts to allow it");
        assertThat(run("node", "--name", "n1", "--on-slave", "true")).isEqualTo(2);
        assertThat(err.toString()).contains("--on-slave runs a shell command");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badOptionsAreToldInOneLine() {
        assertThat(run("node", "--name", "n1", "--group", "10.1.2.3:23000")).isEqualTo(2);
        assertThat(err.toString()).contains("10.1.2.3 is not a multicast address");
        assertThat(run("node", "--name", "n1", "--group", "230.230.230.230:99999")).isEqualTo(2);
        assertThat(err.toString()).contains("the port must be in 1..65535");
        assertThat(run("node", "--name", "n1", "--strategy", "fastest")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --strategy 'fastest': expected port or time");
        assertThat(run("node", "--name", "n1", "--heartbeat", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --heartbeat 'soon'");
        assertThat(run("node", "--name", "n1", "--remote", "300")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --remote 300");
        assertThat(run("observe", "--group", "nowhere")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --group 'nowhere'");
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
