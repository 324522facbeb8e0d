package org.clusterscope.scenario.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.RunReport;
import org.clusterscope.scenario.run.ScenarioRunner;

/** The overlay and degree expectations in the one expectation session: PASS and FAIL with what was seen. */
class OverlayExpectationsTest {

    private static List<String> lines(String expect, String events) throws Exception {
        Scenario s = new ScenarioReader().read("t.json", "{\"format\": 1, \"name\": \"t\", \"runFor\": \"6s\","
                + " \"nodes\": [{\"id\": \"n1\"}, {\"id\": \"n2\"}, {\"id\": \"n3\"}, {\"id\": \"n4\"}, {\"id\": \"n5\"}],"
                + " \"links\": [{\"ring\": [\"n1\", \"n2\", \"n3\", \"n4\"]}, {\"link\": [\"n4\", \"n5\"]}],"
                + " \"events\": [" + events + "], \"expect\": [" + expect + "]}");
        RunReport report = new ScenarioRunner(s).run(s.runFor().micros(), List.of());
        return report.results().stream().map(ExpectationResult::line).toList();
    }

    @Test
    void theOverlayClaimsPassAndFailWithWhatWasSeen() throws Exception {
        assertThat(lines("{\"by\": \"2s\", \"overlay\": {\"minDegree\": 1, \"maxDegree\": 3, \"connected\": true,"
                + " \"maxDiameter\": 3}}, {\"by\": \"2s\", \"overlay\": {\"maxDiameter\": 2}},"
                + " {\"by\": \"2s\", \"overlay\": {\"minDegree\": 2}}, {\"by\": \"2s\", \"overlay\": {\"connected\": false}}",
                "")).containsExactly(
                        "PASS by 2s overlay minDegree 1 maxDegree 3 connected maxDiameter 3",
                        "FAIL by 2s overlay maxDiameter 2: the diameter is 3",
                        "FAIL by 2s overlay minDegree 2: n5 has 1 below 2",
                        "FAIL by 2s overlay not connected: the running nodes form one component");
    }

    @Test
    void theClaimsCountOnlyRunningNodesAndUpLinks() throws Exception {
        assertThat(lines("{\"by\": \"3s\", \"degree\": {\"n4\": 3, \"n1\": 2}}, {\"by\": \"3s\", \"degree\": {\"n4\": 2}},"
                + " {\"by\": \"5s\", \"degree\": {\"n4\": 2, \"n5\": 0}}, {\"by\": \"5s\", \"overlay\": {\"maxDiameter\": 4}},"
                + " {\"by\": \"5s\", \"overlay\": {\"connected\": false}}",
                "{\"at\": \"4s\", \"kill\": \"n3\"}, {\"at\": \"4s\", \"linkDown\": [\"n4\", \"n5\"]}"))
                .containsExactly(
                        "PASS by 3s degree n4=3,n1=2",
                        "FAIL by 3s degree n4=2: n4 has 3",
                        "FAIL by 5s degree n4=2,n5=0: n4 has 1",
                        "FAIL by 5s overlay maxDiameter 4: no diameter: the running nodes are not connected",
                        "PASS by 5s overlay not connected");
    }
}
