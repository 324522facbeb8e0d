package org.clusterscope.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.OverlaySettings;
import org.clusterscope.scenario.Scenario;

/** The {@code overlay} section, {@code private} nodes and the overlay expectations (SCENARIO_FORMAT.md "Public mode"). */
class OverlayFormatTest {

    private static final String NODES = "\"nodes\": [{\"id\": \"n1\", \"private\": true}, {\"id\": \"n2\"}, {\"id\": \"n3\"}],"
            + " \"links\": [{\"ring\": [\"n1\", \"n2\", \"n3\"]}]";

    private static Scenario read(String body) throws Exception {
        return new ScenarioReader().read("t.json", "{\"format\": 1, \"name\": \"t\", " + body + "}");
    }

    @Test
    void overlayFieldsTakeTheirDefaultsAndAFileWithoutTheSectionIsPrivateMode() throws Exception {
        assertThat(read(NODES).overlay()).isNull();
        assertThat(read(NODES).isPublic()).isFalse();
        assertThat(read("\"overlay\": {}, " + NODES).overlay()).isEqualTo(new OverlaySettings(false, 6, 5000));
        Scenario pub = read("\"overlay\": {\"public\": true, \"connections\": 10, \"maintenanceMs\": 250}, " + NODES);
        assertThat(pub.overlay()).isEqualTo(new OverlaySettings(true, 10, 250));
        assertThat(pub.overlay().min()).isEqualTo(5);
        assertThat(pub.overlay().max()).isEqualTo(15);
        assertThat(pub.nodes().get(0).privateNode()).isTrue();
        assertThat(pub.nodes().get(1).privateNode()).isFalse();
    }

    @Test
    void overlayAndDegreeExpectationsAreRead() throws Exception {
        Scenario s = read(NODES + ", \"expect\": [{\"by\": \"5s\", \"overlay\": {\"minDegree\": 2, \"connected\": true}},"
                + " {\"by\": \"6s\", \"overlay\": {\"maxDegree\": 9, \"maxDiameter\": 3, \"connected\": false}},"
                + " {\"by\": \"7s\", \"degree\": {\"n2\": 2, \"n1\": 0}}]");
        assertThat(s.expect()).containsExactly(
                new Expectation.Overlay(Span.parse("5s"), 2, null, true, null),
                new Expectation.Overlay(Span.parse("6s"), null, 9, false, 3),
                new Expectation.Degree(Span.parse("7s"), orderedMap("n2", 2, "n1", 0)));
        assertThat(((Expectation.Degree) s.expect().get(2)).degrees().keySet()).containsExactly("n2", "n1");
    }

    private static Map<String, Integer> orderedMap(String a, int x, String b, int y) {
        Map<String, Integer> map = new java.util.LinkedHashMap<>();
        map.put(a, x);
        map.put(b, y);
        return map;
    }

    @Test
    void savingWritesTheOverlayAndPrivateNodesBackAndReadsBackIdentical() throws Exception {
        Scenario s = read("\"overlay\": {\"public\": true, \"connections\": 4}, " + NODES
                + ", \"expect\": [{\"by\": \"5s\", \"overlay\": {\"maxDiameter\": 2}}, {\"by\": \"5s\", \"degree\": {\"n3\": 2}}]");

        String json = new ScenarioWriter().toJson(s);

        assertThat(json).contains("\"overlay\"").contains("\"private\": true").contains("\"maintenanceMs\": 5000");
        assertThat(new ScenarioReader().read("back.json", json)).isEqualTo(s);
    }

    @Test
    void closingADiscoveredLinkOrMakingANodePrivateIsNeverWrittenAsAnEvent() throws Exception {
        Scenario s = read("\"overlay\": {\"public\": true}, " + NODES);
        List<EventDef> events = new ArrayList<>(s.events());
        events.add(new EventDef(Span.parse("3s"), new Command.CloseLink(NodeId.of("n2"), NodeId.of("n3"))));
        events.add(new EventDef(Span.parse("4s"), new Command.SetPrivate(NodeId.of("n2"), true)));
        events.add(new EventDef(Span.parse("5s"), new Command.Note("kept")));

        String json = new ScenarioWriter().toJson(s.withEvents(events));

        assertThat(json).doesNotContain("closeLink").doesNotContain("\"3s\"").contains("kept");
        Scenario back = new ScenarioReader().read("back.json", json);
        assertThat(back.events()).hasSize(1);
        assertThat(back.links()).isEqualTo(s.links());
    }
}
