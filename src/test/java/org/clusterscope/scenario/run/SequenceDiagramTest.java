package org.clusterscope.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimListener;
import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.TraceWriter;

/** The sequence diagram of a run: its arrows are the trace's messages, its SVG names every node, its windows filter. */
class SequenceDiagramTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A run to {@code end} recorded both as a diagram of every kind and as a trace, read back line by line. */
    private record Recorded(Scenario scenario, SequenceDiagram diagram, List<JsonNode> trace) {
    }

    private static Recorded record(String file, long end) throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of(file));
        List<NodeId> nodes = scenario.roster().nodes().stream().map(ResolvedNode::id).map(NodeId::of).toList();
        SequenceRecorder recorder = new SequenceRecorder(nodes, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TraceWriter trace = new TraceWriter(bytes);
        new ScenarioRunner(scenario).run(end, List.<SimListener>of(recorder, trace));
        trace.close();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return new Recorded(scenario, recorder.diagram(), lines);
    }

    @Test
    void theArrowsOfAFiveNodeElectionAreTheVoteMessagesOfTheTrace() throws Exception {
        Recorded run = record("scenarios/ring-kill-master.json", 3_000_000);

        List<String> fromTrace = new ArrayList<>();
        for (JsonNode line : run.trace()) {
            if (!line.path("kind").asText().equals("vote")) {
                continue;
            }
            String type = line.get("type").asText();
            if (type.equals("packet.delivered")) {
                fromTrace.add(line.get("packet").asLong() + " " + line.get("sender").asText() + "->"
                        + line.get("receiver").asText() + " @" + micros(line.get("t")));
            } else if (type.equals("packet.dropped")) {
                String to = line.get("next").isNull() ? line.get("at").asText() : line.get("next").asText();
                fromTrace.add(line.get("packet").asLong() + " " + line.get("at").asText() + "->" + to + " @"
                        + micros(line.get("t")) + " x " + line.get("reason").asText());
            }
        }
        List<String> fromDiagram = run.diagram().arrows().stream().filter(a -> a.kind().equals("vote"))
                .map(a -> a.packet() + " " + a.from() + "->" + a.to() + " @" + a.end()
                        + (a.dropped() ? " x " + a.drop() : ""))
                .toList();

        assertThat(run.scenario().roster().nodes()).hasSize(5);
        assertThat(fromTrace).hasSizeGreaterThan(10);
        assertThat(fromDiagram).containsExactlyElementsOf(fromTrace);
    }

    @Test
    void aVoteArrowCarriesTheReasonOfItsVoteAndStartsWhenItWasSent() throws Exception {
        Recorded run = record("scenarios/ring-kill-master.json", 3_000_000);

        for (SequenceDiagram.Arrow arrow : run.diagram().arrows()) {
            if (!arrow.kind().equals("vote") || arrow.dropped()) {
                continue;
            }
            JsonNode sent = run.trace().stream().filter(l -> l.get("type").asText().equals("packet.sent")
                    && l.get("packet").asLong() == arrow.packet()).findFirst().orElseThrow();
            assertThat(micros(sent.get("t"))).isEqualTo(arrow.sent());
            JsonNode vote = run.trace().stream().filter(l -> l.get("type").asText().equals("election.vote")
                    && l.get("voter").asText().equals(arrow.from().value()) && micros(l.get("t")) <= arrow.sent())
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(arrow.reason()).isEqualTo(vote.get("reason").asText());
            assertThat(arrow.describe()).contains("vote #" + arrow.packet()).contains(arrow.reason());
        }
    }

    @Test
    void marksAndBandsShowTheStateChangesAndFaults() throws Exception {
        Recorded run = record("scenarios/ring-kill-master.json", 40_000_000);

        assertThat(run.diagram().marks()).anySatisfy(m -> {
            assertThat(m.node()).isEqualTo(NodeId.of("n2"));
            assertThat(m.label()).isEqualTo("MASTER");
        });
        assertThat(run.diagram().marks()).extracting(SequenceDiagram.Mark::label)
                .contains("joining", "slave", "MASTER", "down", "dispatched");
        assertThat(run.diagram().bands()).extracting(SequenceDiagram.Band::label)
                .contains("kill n1", "heal: one network again")
                .anySatisfy(label -> assertThat(label).startsWith("partition {n2,n3,n4} | {n5}"));
        assertThat(run.diagram().arrows()).extracting(SequenceDiagram.Arrow::kind).contains("answer", "probe");
    }

    @Test
    void aGoodbyeGivesTheDecisionTakenInItsInstantAsItsReason() throws Exception {
        // the goodbye leaves before the node.stopped event that says why: the arrow still carries the why
        Recorded run = record("scenarios/quit-vs-kill.json", 12_000_000);

        List<SequenceDiagram.Arrow> goodbyes = run.diagram().arrows().stream()
                .filter(a -> a.kind().equals("goodbye")).toList();
        assertThat(goodbyes).isNotEmpty().allSatisfy(a -> {
            assertThat(a.origin()).isEqualTo(NodeId.of("a1"));
            assertThat(a.sent()).isEqualTo(10_000_000);
            assertThat(a.reason()).isEqualTo("a1 quit");
        });
        assertThat(run.diagram().bands()).extracting(SequenceDiagram.Band::label).contains("quit a1", "kill b1");
    }

    @Test
    void theSvgIsValidXmlNamesEveryNodeAndExplainsEveryArrow() throws Exception {
        Recorded run = record("scenarios/ring-kill-master.json", 15_000_000);
        SequenceDiagram part = run.diagram().window(9_000_000, 15_000_000, SequenceKinds.DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SequenceSvg.write(part, "ring <&> \"kill\"", bytes);

        Document svg = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(bytes.toByteArray()));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        Set<String> texts = new HashSet<>();
        NodeList textElements = svg.getElementsByTagName("text");
        for (int i = 0; i < textElements.getLength(); i++) {
            texts.add(textElements.item(i).getTextContent());
        }
        assertThat(texts).contains("n1", "n2", "n3", "n4", "n5", "kill n1", "MASTER");
        List<String> titles = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").startsWith("message ")) {
                titles.add(((Element) group.getElementsByTagName("title").item(0)).getTextContent());
            }
        }
        assertThat(titles).hasSize(part.arrows().size()).isNotEmpty()
                .anySatisfy(t -> assertThat(t).startsWith("vote #").contains(": n").contains(" votes n2"));
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("ring <&> \"kill\"");
    }

    @Test
    void aWindowKeepsItsStretchAndItsKinds() throws Exception {
        SequenceDiagram whole = record("scenarios/ring-kill-master.json", 40_000_000).diagram();

        SequenceDiagram votes = whole.window(9_000_000, 15_000_000, Set.of("vote"));

        assertThat(votes.from()).isEqualTo(9_000_000);
        assertThat(votes.to()).isEqualTo(15_000_000);
        assertThat(votes.arrows()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo("vote");
            assertThat(a.sent() <= 15_000_000 && a.end() >= 9_000_000).isTrue();
        });
        assertThat(votes.marks()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time()).isBetween(9_000_000L, 15_000_000L));
        assertThat(votes.bands()).extracting(SequenceDiagram.Band::label).containsExactly("kill n1");
        assertThat(whole.arrows().stream().filter(a -> a.kind().equals("vote")).count())
                .isGreaterThan(votes.arrows().size());
        assertThat(whole.window(0, 40_000_000, null).arrows().stream().map(SequenceDiagram.Arrow::kind))
                .contains("beacon");
    }

    @Test
    void theRecordersQuickWindowEqualsThePlainOne() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
        List<NodeId> nodes = scenario.roster().nodes().stream().map(ResolvedNode::id).map(NodeId::of).toList();
        SequenceRecorder recorder = new SequenceRecorder(nodes, null);
        new ScenarioRunner(scenario).run(40_000_000, List.<SimListener>of(recorder));
        SequenceDiagram whole = recorder.diagram();

        long[][] windows = {{0, 40_000_000}, {9_000_000, 15_000_000}, {13_300_000, 13_360_000}, {0, 1}, {39_000_000,
            40_000_000}, {12_000_000, 12_000_000}};
        for (long[] w : windows) {
            for (Set<String> kinds : java.util.Arrays.asList(null, SequenceKinds.DEFAULT, Set.of("vote"))) {
                assertThat(recorder.diagram(w[0], w[1], kinds)).as("%s–%s %s", w[0], w[1], kinds)
                        .isEqualTo(whole.window(w[0], w[1], kinds));
            }
        }
    }

    @Test
    void aBoundedRecorderForgetsTheOldestArrowsFirst() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
        List<NodeId> nodes = scenario.roster().nodes().stream().map(ResolvedNode::id).map(NodeId::of).toList();
        SequenceRecorder all = new SequenceRecorder(nodes, null);
        SequenceRecorder bounded = new SequenceRecorder(nodes, null, 100);
        new ScenarioRunner(scenario).run(40_000_000, List.<SimListener>of(all, bounded));

        List<SequenceDiagram.Arrow> kept = bounded.diagram().arrows();
        List<SequenceDiagram.Arrow> every = all.diagram().arrows();
        assertThat(kept).hasSizeBetween(75, 100);
        assertThat(kept).isEqualTo(every.subList(every.size() - kept.size(), every.size()));
        assertThat(bounded.diagram().marks()).isEqualTo(all.diagram().marks());
    }

    @Test
    void unknownKindsAreNamedWithTheKnownOnes() {
        assertThat(SequenceKinds.parse("vote, goodbye")).containsExactlyInAnyOrder("vote", "goodbye");
        assertThatThrownBy(() -> SequenceKinds.parse("vote,votes")).hasMessageContaining("unknown kind 'votes'")
                .hasMessageContaining("known kinds: vote, probe, answer");
        assertThatThrownBy(() -> SequenceKinds.parse("")).hasMessageContaining("an empty kind");
    }

    /** A trace's {@code t}, exact milliseconds, as microseconds. */
    private static long micros(JsonNode t) {
        return t.decimalValue().movePointRight(3).longValueExact();
    }
}
