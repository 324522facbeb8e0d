package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import org.clusterscope.scenario.io.MalformedCorpus;

/**
 * A thousand broken variants of the example scenarios, from a fixed seed: validate refuses every
 * one with exit 2 and, for each problem, file, line, column, JSON path and what was expected;
 * never a stack trace. (How long each takes is measured by the fuzz-input command, not here.)
 */
class MalformedCorpusTest {

    private static final Pattern ERROR_LINE = Pattern.compile("\\S+\\.json:[1-9]\\d*:[1-9]\\d*: \\$\\S*: \\S.*");

    static List<byte[]> examples() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        return seeds;
    }

    @Test
    void everyBrokenFileIsRefusedWithItsPlaceAndNoStackTrace(@TempDir Path dir) throws Exception {
        List<MalformedCorpus.Sample> corpus = MalformedCorpus.generate(examples(), 1000, 20261204L);
        assertThat(corpus).hasSize(1000);
        for (MalformedCorpus.Sample sample : corpus) {
            Path file = dir.resolve(sample.name());
            Files.write(file, sample.content());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = ClusterScopeCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int status = cli.execute("validate", file.toString());
            assertThat(status).as(sample.name() + "\n" + out + err).isEqualTo(2);
            List<String> lines = err.toString().lines().toList();
            assertThat(lines).as(sample.name()).isNotEmpty();
            for (String line : lines) {
                assertThat(line).as(sample.name()).matches(ERROR_LINE).doesNotContain("Exception")
                        .doesNotContain("JsonReadFeature").doesNotContain("StreamReadConstraints");
            }
            Files.delete(file);
        }
    }

    @Test
    void theCorpusIsTheSameForTheSameSeed() throws Exception {
        List<MalformedCorpus.Sample> a = MalformedCorpus.generate(examples(), 50, 7);
        List<MalformedCorpus.Sample> b = MalformedCorpus.generate(examples(), 50, 7);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).name()).isEqualTo(b.get(i).name());
            assertThat(a.get(i).content()).isEqualTo(b.get(i).content());
        }
    }

    @Test
    void theFuzzInputCommandReportsEveryFileRefusedAndTheSlowest() {
        StringWriter out = new StringWriter();
        CommandLine cli = ClusterScopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int status = cli.execute("fuzz-input", "--count", "200", "--seed", "3", "scenarios/split-2-2.json");
        assertThat(status).as(out.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("fuzz-input: 200 broken files from seed 3, 200 refused cleanly, 0 not")
                .contains("slowest: ").contains("most allocated: ");
    }
}
