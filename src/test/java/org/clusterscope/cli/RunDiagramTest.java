package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/** {@code run FILE --diagram OUT.svg [--from] [--to] [--kinds]} and {@code --report OUT.html}: files, filters, bad arguments. */
class RunDiagramTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int cli(String... args) {
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theDiagramShowsOnlyTheStretchAndKindsAskedFor() throws Exception {
        Path svg = folder.resolve("election.svg");

        int status = cli("run", "--quiet", "scenarios/ring-kill-master.json", "--diagram", svg.toString(), "--from", "9s",
                "--to", "15s", "--kinds", "vote,goodbye");

        assertThat(status).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("diagram: " + svg).contains("9s – 15s");
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("ring-kill-master: sequence diagram 9s – 15s");
        Set<String> kinds = new HashSet<>();
        int messages = 0;
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            String css = ((Element) groups.item(i)).getAttribute("class");
            if (css.startsWith("message ")) {
                kinds.add(css.split(" ")[1]);
                messages++;
            }
        }
        assertThat(kinds).containsExactly("vote");
        assertThat(messages).isGreaterThan(5);
        assertThat(Files.readString(svg)).contains(">kill n1<").contains(">n5<").doesNotContain(">joining<");
    }

    @Test
    void withoutFiltersTheWholeRunIsDrawnWithoutBeacons() throws Exception {
        Path svg = folder.resolve("all.svg");

        assertThat(cli("run", "--quiet", "scenarios/ring-kill-master.json", "--diagram", svg.toString())).isEqualTo(0);

        String text = Files.readString(svg);
        assertThat(text).contains("class=\"message vote\"").contains("class=\"message probe\"")
                .contains("class=\"message answer\"").doesNotContain("class=\"message beacon\"")
                .contains(">joining<").contains(">heal: one network again<");
    }

    @Test
    void badDiagramArgumentsAreRefusedWithExitTwoAndNoFile() {
        String svg = folder.resolve("d.svg").toString();
        String ring = "scenarios/ring-kill-master.json";

        assertRefused("invalid --kinds 'vote,votes': unknown kind 'votes'", ring, "--diagram", svg, "--kinds", "vote,votes");
        assertRefused("--to 9s must come after --from 15s", ring, "--diagram", svg, "--from", "15s", "--to", "9s");
        assertRefused("invalid --from 'soon'", ring, "--diagram", svg, "--from", "soon");
        assertRefused("--from 50s is not before the end of the run (40s)", ring, "--diagram", svg, "--from", "50s");
        assertRefused("give --diagram OUT.svg too", ring, "--kinds", "vote");
        assertRefused("--diagram and --report take one scenario file, not 2", ring, "scenarios/split-2-2.json",
                "--diagram", svg);
        assertRefused("is the scenario being run", ring, "--report", ring);
        assertThat(Files.exists(Path.of(svg))).isFalse();
    }

    @Test
    void aMisspeltKindIsRefusedWithTheKnownKindsAndTheNearestOne() {
        String svg = folder.resolve("d.svg").toString();

        int status = cli("run", "--quiet", "scenarios/majorities-ring.json", "--diagram", svg, "--kinds", "vote,gdb.snc,vots");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("invalid --kinds 'vote,gdb.snc,vots': unknown kind 'gdb.snc' "
                + "(did you mean \"gdb.sync\"?); known kinds: vote, probe, answer, goodbye, ping, query, reply, data, "
                + "beacon, gdb.sync" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(Files.exists(Path.of(svg))).isFalse();

        err.getBuffer().setLength(0);
        assertThat(cli("run", "--quiet", "scenarios/majorities-ring.json", "--diagram", svg, "--kinds", "vots"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown kind 'vots' (did you mean \"vote\"?); known kinds: vote, probe");

        err.getBuffer().setLength(0);
        assertThat(cli("run", "--quiet", "scenarios/majorities-ring.json", "--diagram", svg, "--kinds", "elections"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown kind 'elections'; known kinds:").doesNotContain("did you mean");
    }

    @Test
    void aDiagramThatCannotBeWrittenSaysWhy() {
        int status = cli("run", "--quiet", "scenarios/split-2-2.json", "--diagram",
                folder.resolve("missing/dir/d.svg").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("the diagram could not be written (").doesNotContain("Exception");
    }

    @Test
    void theReportIsOneSelfContainedPage() throws Exception {
        Path html = folder.resolve("handout.html");

        assertThat(cli("run", "--quiet", "scenarios/ring-kill-master.json", "--report", html.toString())).isEqualTo(0);

        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Ring of five: the master dies</title>")
                .contains("<td class=\"verdict\">PASS</td><td>by 18s master n2</td>")
                .contains("n2 becomes MASTER").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("n1 is killed: it crashes without a word");
        assertThat(page).doesNotContainPattern("(?i)\\s(src|href)\\s*=").doesNotContainPattern("url\\((?!#)")
                .doesNotContain("<script").doesNotContain("@import");
    }

    private void assertRefused(String message, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "run";
        all[1] = "--quiet";
        System.arraycopy(args, 0, all, 2, args.length);
        assertThat(cli(all)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString()).as(String.join(" ", args)).contains(message).doesNotContain("Exception");
    }
}
