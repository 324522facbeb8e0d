package org.clusterscope.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationResult;
import org.clusterscope.scenario.check.Verdict;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.TraceWriter;

/** A run cut in slices (for progress and Ctrl-C) does exactly what a run in one go does, and can stop cleanly. */
class SlicedRunTest {

    @Test
    void aSlicedRunGivesTheSameTraceAndVerdicts() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/clique-split-4-3.json"));
        long end = scenario.runFor().micros();

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        TraceWriter wholeTrace = new TraceWriter(whole);
        RunReport once = new ScenarioRunner(scenario).run(end, List.of(wholeTrace));
        wholeTrace.close();

        ByteArrayOutputStream sliced = new ByteArrayOutputStream();
        TraceWriter slicedTrace = new TraceWriter(sliced);
        RunReport inSlices = new ScenarioRunner(scenario).run(end, List.of(slicedTrace), now -> true);
        slicedTrace.close();

        assertThat(sliced.toByteArray()).isEqualTo(whole.toByteArray());
        assertThat(inSlices.results().stream().map(ExpectationResult::line).toList())
                .isEqualTo(once.results().stream().map(ExpectationResult::line).toList());
    }

    @Test
    void aStoppedRunReportsWhereItStoppedAndSkipsWhatWasNotChecked() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
        RunReport report = new ScenarioRunner(scenario).run(scenario.runFor().micros(), List.of(),
                now -> now < 12_000_000L);
        assertThat(report.endMicros()).isEqualTo(12_000_000L);
        assertThat(report.results().get(0).verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.results()).anyMatch(r -> r.verdict() == Verdict.SKIP);
    }
}
