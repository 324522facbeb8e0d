package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code open FILE}: a valid file goes to the desktop app; a broken one is refused with its errors. */
class OpenCommandTest {

    private final StringWriter err = new StringWriter();
    private final List<Path> opened = new ArrayList<>();
    private int windowStatus;

    private int open(String file) {
        CommandLine cli = ClusterScopeCommand.commandLine(path -> {
            opened.add(path);
            return windowStatus;
        });
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("open", file);
    }

    @Test
    void aValidFileIsOpened() {
        assertThat(open("scenarios/split-2-2.json")).isEqualTo(0);
        assertThat(opened).containsExactly(Path.of("scenarios/split-2-2.json"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aWindowThatCannotOpenGivesItsStatus() {
        windowStatus = 2;
        assertThat(open("scenarios/split-2-2.json")).isEqualTo(2);
        assertThat(opened).containsExactly(Path.of("scenarios/split-2-2.json"));
    }

    @Test
    void aBrokenFileIsRefusedWithEveryErrorAndNoWindow() {
        assertThat(open("src/test/resources/scenarios/broken/bad-nemesis.json")).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains(
                "src/test/resources/scenarios/broken/bad-nemesis.json:11:30: $.events[0].nemesis: unknown nemesis");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThat(open("scenarios/no-such-file.json")).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("no-such-file.json");
    }
}
