package org.clusterscope.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/** Acting in the past forks the run: the new future is the one a file with that action would have. */
class BranchingTest {

    private final Scenario demo = read("ring-kill-master.json");

    @Test
    void aKillAppliedAtFiveSecondsGivesTheTraceOfTheFileWithThatKillInItsEvents() throws Exception {
        // the run goes to 20 s, comes back to 5 s and kills n2 there
        Branches branches = new Branches(RunScript.of(demo));
        String forked = SeekDeterminismTest.trace(sink -> {
            RunCursor before = new RunCursor(branches.current(), event -> { });
            before.seek(20_000_000);
            before.seek(5_000_000);
            new RunCursor(branches.fork(5_000_000, List.of(Command.kill(NodeId.of("n2")))), sink).seek(30_000_000);
        });

        List<EventDef> events = new ArrayList<>(demo.events());
        events.add(new EventDef(Span.parse("5s"), Command.kill(NodeId.of("n2"))));
        events.sort(java.util.Comparator.comparingLong(event -> event.at().micros()));
        String file = SeekDeterminismTest.trace(sink ->
                new RunCursor(RunScript.of(demo.withEvents(events)), sink).seek(30_000_000));
        String untouched = SeekDeterminismTest.trace(sink -> new RunCursor(RunScript.of(demo), sink).seek(30_000_000));

        assertThat(forked).isEqualTo(file).isNotEqualTo(untouched);
        assertThat(forked).contains("\"n2\"");
    }

    @Test
    void actingInThePastDropsTheOldFutureAndUndoBringsItBack() {
        Branches branches = new Branches(RunScript.of(demo));
        branches.fork(12_000_000, List.of(Command.kill(NodeId.of("n3"))));
        RunScript afterFirst = branches.current();
        // back to 8 s: a different action there replaces the kill at 12 s
        RunScript second = branches.fork(8_000_000, List.of(Command.kill(NodeId.of("n4"))));

        assertThat(second.byHand()).extracting(event -> event.command().describe()).containsExactly("kill n4");
        assertThat(branches.branchPoints()).containsExactly(12_000_000L, 8_000_000L);

        assertThat(branches.undo()).map(Branches.Fork::time).contains(8_000_000L);
        assertThat(branches.current()).isEqualTo(afterFirst);
        assertThat(branches.current().byHand()).extracting(event -> event.at().micros()).containsExactly(12_000_000L);
        branches.undo();
        assertThat(branches.current().byHand()).isEmpty();
        assertThat(branches.canUndo()).isFalse();
        assertThat(branches.undo()).isEmpty();
    }

    @Test
    void commandsAtTheForkInstantItselfStay() {
        RunScript script = RunScript.of(demo).fork(6_000_000, List.of(Command.kill(NodeId.of("n1"))));
        RunScript again = script.fork(6_000_000, List.of(Command.start(NodeId.of("n1"))));
        assertThat(again.byHand()).extracting(event -> event.command().describe())
                .containsExactly("kill n1", "start n1");
        assertThat(again.scenario().events()).hasSize(demo.events().size() + 2);
    }

    private static Scenario read(String name) {
        try {
            return new ScenarioReader().read(Path.of("scenarios", name));
        } catch (Exception bad) {
            throw new IllegalStateException(bad);
        }
    }
}
