package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/**
 * The handout of every example scenario ({@code run FILE --report OUT.html}) opened in headless
 * Chromium (Debian's package, which .ci/run installs when missing): what the browser built from
 * the page holds the title, every expectation with its verdict as {@code run} prints it, every
 * node in the topology, and the sequence diagrams, with the network turned off.
 */
class HandoutInBrowserTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(chromium() != null, "chromium is not installed");
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theHandoutShowsTheRunInABrowser(Path example) throws Exception {
        Scenario scenario = new ScenarioReader().read(example);
        Path page = folder.resolve(scenario.name() + ".html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute("run", "--quiet", example.toString(), "--report", page.toString());
        assertThat(status).as(err.toString()).isIn(0, 1);

        String dom = dumpDom(page);

        String title = scenario.title() == null ? scenario.name() : scenario.title();
        assertThat(dom).contains("<title>" + html(title) + "</title>").contains("<h1>" + html(title) + "</h1>");
        List<String> verdicts = out.toString().lines()
                .filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ") || l.startsWith("SKIP ")).toList();
        Matcher rows = Pattern.compile("<td class=\"verdict\">(PASS|FAIL|SKIP)</td><td>([^<]*)").matcher(dom);
        List<String> shown = rows.results().map(m -> m.group(1) + " " + m.group(2).replace("&gt;", ">")
                .replace("&lt;", "<").replace("&amp;", "&")).toList();
        assertThat(verdicts).allSatisfy(line -> assertThat(shown).anySatisfy(row -> assertThat(line).startsWith(row)));
        assertThat(shown).hasSameSizeAs(verdicts);
        String topology = section(dom, "topology");
        assertThat(topology).contains("<svg");
        for (ResolvedNode node : scenario.roster().nodes()) {
            assertThat(topology).contains(">" + node.id() + "</text>");
        }
        String sequence = section(dom, "sequence");
        if (sequence.contains("becomes MASTER")) {
            assertThat(sequence).contains("<svg").contains("class=\"message ").contains("MASTER</text>");
            for (ResolvedNode node : scenario.roster().nodes()) {
                assertThat(sequence).contains(">" + node.id() + "</text>");
            }
        }
        assertThat(section(dom, "timeline")).contains("<td class=\"time\">");
        String file = Files.readString(page);
        assertThat(countOf(dom, "class=\"message ")).isEqualTo(countOf(file, "class=\"message "));
    }

    /** What Chromium built from the page, as HTML, with no network (every request goes to a closed port). */
    private static String dumpDom(Path page) throws Exception {
        Path profile = Files.createTempDirectory(folder, "profile");
        ProcessBuilder builder = new ProcessBuilder(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9", "--no-first-run", "--dump-dom",
                page.toUri().toString());
        builder.environment().put("HOME", profile.toString());
        builder.redirectError(folder.resolve(profile.getFileName() + ".log").toFile());
        Process chromium = builder.start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("chromium ends").isTrue();
        return new String(dom, StandardCharsets.UTF_8);
    }

    private static String section(String dom, String id) {
        int start = dom.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section " + id).isNotNegative();
        return dom.substring(start, dom.indexOf("</section>", start));
    }

    private static long countOf(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }
}
