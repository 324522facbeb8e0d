package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.Span;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.protocol.Strategy;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.NodeTarget;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.InvariantKind;
import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.Roster;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.ScenarioError;

/** Reading the format page's example and the defaults it leaves implicit. */
class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void theFormatPageExampleReadsAsWritten() throws Exception {
        Scenario s = reader.read(Path.of("scenarios/ring-kill-master.json"));

        assertThat(s.format()).isEqualTo(1);
        assertThat(s.name()).isEqualTo("ring-kill-master");
        assertThat(s.title()).isEqualTo("Ring of five: the master dies");
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.runFor().micros()).isEqualTo(40_000_000L);
        assertThat(s.protocol().strategy()).isEqualTo(Strategy.PORT);
        assertThat(s.protocol().ttlMs()).isEqualTo(3500);
        assertThat(s.network().latencyMs()).isEqualTo(20);
        assertThat(s.network().jitterMs()).isEqualTo(5);
        assertThat(s.nodes()).hasSize(5);
        assertThat(s.nodes().get(2).tags()).containsExactly("db");
        assertThat(s.nodes().get(4).startAt()).isEqualTo(Span.parse("2s"));
        assertThat(s.links()).containsExactly(
                new LinkDef.Ring(List.of("n1", "n2", "n3", "n4", "n5"), LinkOverrides.NONE),
                new LinkDef.Single("n1", "n3", new LinkOverrides(80.0, null, 0.05)));
        assertThat(s.events()).containsExactly(
                new EventDef(Span.parse("10s"), new Command.Life(Command.LifeKind.KILL, NodeTarget.master())),
                new EventDef(Span.parse("20s"), new Command.Partition(List.of(List.of(NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4")), List.of(NodeId.of("n5"))))),
                new EventDef(Span.parse("30s"), new Command.Heal()),
                new EventDef(Span.parse("32s"), new Command.Life(Command.LifeKind.RESTART, NodeTarget.node("n1"))));
        assertThat(s.expect()).hasSize(6);
        assertThat(s.expect().get(2)).isEqualTo(
                new Expectation.States(Span.parse("28s"), java.util.Map.of("n5", NodeState.DISPATCHED)));
        assertThat(s.expect().get(3)).isEqualTo(
                new Expectation.Master(Span.parse("28s"), "n2", List.of("n2", "n3", "n4")));
        assertThat(s.expect().get(5)).isEqualTo(
                new Expectation.Always(InvariantKind.AT_MOST_ONE_MASTER_PER_COMPONENT, null, null));
        assertThat(s.gdb()).isNull();
    }

    @Test
    void theDefaultDemoOnTheClassPathIsTheSameScenario() throws Exception {
        assertThat(reader.readResource("/org/clusterscope/scenarios/ring-kill-master.json"))
                .isEqualTo(reader.read(Path.of("scenarios/ring-kill-master.json")));
        assertThat(java.nio.file.Files.readString(
                Path.of("src/main/resources/org/clusterscope/scenarios/ring-kill-master.json")))
                .isEqualTo(java.nio.file.Files.readString(Path.of("scenarios/ring-kill-master.json")));
    }

    @Test
    void leftOutFieldsTakeTheirDocumentedDefaults() throws Exception {
        Scenario s = reader.read("mini.json", """
                { "format": 1, "name": "mini", "nodes": [ { "id": "a" } ] }
                """);

        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.runFor()).isEqualTo(Span.parse("60s"));
        assertThat(s.protocol().heartbeatMs()).isEqualTo(1000);
        assertThat(s.protocol().beaconHops()).isEqualTo(16);
        assertThat(s.network().latencyMs()).isEqualTo(10);
        assertThat(s.network().loss()).isEqualTo(0);
        assertThat(s.nodes().get(0).startAt()).isEqualTo(Span.ZERO);
    }

    @Test
    void defaultPortsSkipTheOnesReservedByNodesAndGroups() throws Exception {
        Scenario s = reader.read("ports.json", """
                { "format": 1, "name": "ports",
                  "nodes": [ { "id": "a" }, { "id": "b", "port": 8082 }, { "id": "c" } ],
                  "groups": [ { "name": "g", "count": 2, "portBase": 8083 }, { "name": "h", "count": 2 } ] }
                """);

        Roster roster = s.roster();
        assertThat(roster.ids()).containsExactly("a", "b", "c", "g.1", "g.2", "h.1", "h.2");
        assertThat(roster.nodes().stream().map(n -> n.port()).toList())
                .containsExactly(8081, 8082, 8085, 8083, 8084, 8086, 8087);
    }

    @Test
    void nodesWithoutPositionShareACircleInScenarioOrder() throws Exception {
        Scenario s = reader.read("circle.json", """
                { "format": 1, "name": "circle",
                  "nodes": [ { "id": "a" }, { "id": "b", "x": 5, "y": 6 }, { "id": "c" } ],
                  "groups": [ { "name": "g", "count": 2 } ] }
                """);

        Roster roster = s.roster();
        assertThat(roster.get("b").x()).isEqualTo(5);
        assertThat(roster.get("a").x()).isEqualTo(Roster.CANVAS_WIDTH / 2);
        assertThat(roster.get("a").y()).isLessThan(Roster.CANVAS_HEIGHT / 2);
        assertThat(List.of(roster.get("c"), roster.get("g.1"), roster.get("g.2")))
                .extracting(n -> n.x() + "," + n.y()).doesNotHaveDuplicates();
    }

    @Test
    void manyNodesWithoutPositionGetACircleWideEnoughToStandSideBySide() throws Exception {
        Scenario s = reader.read("crowd.json", """
                { "format": 1, "name": "crowd", "groups": [ { "name": "g", "count": 150 } ] }
                """);

        Roster roster = s.roster();
        double gap = Math.hypot(roster.get("g.1").x() - roster.get("g.2").x(),
                roster.get("g.1").y() - roster.get("g.2").y());
        // a node is 36 units across: neighbours on the circle must not overlap
        assertThat(gap).isGreaterThan(45);
    }

    @Test
    void plainIntegersAreMillisecondsAndKeepTheirForm() throws Exception {
        Scenario s = reader.read("ms.json", """
                { "format": 1, "name": "ms", "runFor": 40000, "nodes": [ { "id": "a", "startAt": "never" } ] }
                """);

        assertThat(s.runFor()).isEqualTo(Span.parse("40s"));
        assertThat(s.runFor().isPlainMillis()).isTrue();
        assertThat(s.nodes().get(0).startAt()).isEqualTo(Span.NEVER);
    }

    @Test
    void aMissingFileIsOneClearError() {
        assertThatThrownBy(() -> reader.read(Path.of("scenarios/no-such-file.json")))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("scenarios/no-such-file.json: no such file");
    }

    @Test
    void everyProblemOfAFileIsReportedInFileOrder() {
        InvalidScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidScenarioException.class,
                () -> reader.read("many.json", """
                        {
                          "format": 1,
                          "name": "many",
                          "nodes": [ { "id": "a", "port": "x" }, { "id": "a" } ],
                          "events": [ { "at": "10x", "kill": "zz" } ]
                        }
                        """));

        assertThat(e.errors()).extracting(ScenarioError::toString).containsExactly(
                "many.json:4:35: $.nodes[0].port: expected a port (an integer), found the string \"x\"",
                "many.json:4:50: $.nodes[1].id: duplicate node id \"a\" (first defined at $.nodes[0])",
                "many.json:5:23: $.events[0].at: expected a duration such as \"250ms\", \"10s\", \"2m\" or an integer "
                        + "of milliseconds, found the string \"10x\"",
                "many.json:5:38: $.events[0].kill: unknown node id \"zz\" (known ids: a) or \"@master\"");
    }
}
