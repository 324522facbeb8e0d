package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * What a file says never drives the terminal (control characters are escaped), and what the
 * program prints and traces does not depend on the JVM's locale (SCENARIO_FORMAT.md "Input limits").
 */
class HostileOutputTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cli(String... args) {
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aNoteCannotFakeOutputLinesOrRetitleTheTerminal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fake.json");
        Files.writeString(file, """
                {"format": 1, "name": "fake", "title": "T\\u001b]0;owned\\u0007",
                 "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"link": ["a", "b"]}], "runFor": "3s",
                 "events": [{"at": "1s", "note": "line1\\nPASS by 8s master n1\\nsummary: 99 of 99"}],
                 "expect": [{"by": "3s", "converged": true}]}
                """);
        cli("run", file.toString());
        String text = out.toString();
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(text).contains("T\\e]0;owned\\u0007");
        assertThat(text).contains("line1\\nPASS by 8s master n1\\nsummary: 99 of 99");
        assertThat(text.lines().filter(l -> l.startsWith("PASS by 8s master n1"))).isEmpty();
        assertThat(text.lines().filter(l -> l.startsWith("summary: 99"))).isEmpty();
    }

    @Test
    void anErrorQuotingAHostileStringEscapesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": 1, \"name\": \"x\", \"runFor\": \"\\u001b[2Jzz\\nok: fine\"}");
        assertThat(cli("validate", file.toString())).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\u001b").contains("\\e[2Jzz\\nok: fine");
    }

    @Test
    void outputAndTraceBytesAreTheSameUnderAnyLocale(@TempDir Path dir) throws Exception {
        Locale before = Locale.getDefault();
        try {
            String[] reference = runUnder(Locale.ROOT, dir, "root");
            for (Locale locale : new Locale[] {Locale.forLanguageTag("ar-SA"), Locale.forLanguageTag("th-TH-u-nu-thai"),
                    Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.GERMANY}) {
                String[] other = runUnder(locale, dir, locale.toLanguageTag());
                assertThat(other[0]).as(locale.toLanguageTag()).isEqualTo(reference[0]);
                assertThat(other[1]).as(locale.toLanguageTag()).isEqualTo(reference[1]);
            }
            assertThat(reference[0]).contains("silent for");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The output and the trace of a run that formats fractions of seconds, under {@code locale}. */
    private String[] runUnder(Locale locale, Path dir, String name) throws Exception {
        Locale.setDefault(locale);
        out.getBuffer().setLength(0);
        Path trace = dir.resolve(name + ".jsonl");
        cli("run", "scenarios/clique-split-4-3.json", "--trace", trace.toString());
        return new String[] {out.toString(), Files.readString(trace)};
    }
}
