package org.clusterscope.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.clusterscope.gui.run.RecordedCommand;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/** What the editor opens from a scenario, and what it saves back: nothing of the file is lost on the way. */
class ScenarioDocumentTest {

    private static final String FILE = """
            {
              "format": 1, "name": "shapes", "title": "Shapes", "seed": 9, "runFor": "20s",
              "protocol": { "heartbeatMs": 500 },
              "nodes": [ { "id": "a", "port": 9001, "x": 10, "y": 20, "tags": ["db"] }, { "id": "b" } ],
              "groups": [ { "name": "w", "count": 2, "portBase": 9100 } ],
              "links": [
                { "ring": ["a", "b", "w.1"] },
                { "link": ["a", "b"], "latencyMs": 80, "loss": 0.1 },
                { "star": "w.2", "to": ["a"] }
              ],
              "events": [ { "at": "5s", "kill": "@master" }, { "at": "5s", "note": "watch" } ],
              "expect": [ { "by": "4s", "master": "a" } ]
            }
            """;

    private static Scenario read() throws Exception {
        return new ScenarioReader().read("shapes.json", FILE);
    }

    private static NodeId id(String value) {
        return NodeId.of(value);
    }

    @Test
    void openingExpandsGroupsIntoNodesWithTheirPortsAndKeepsDeclaredPlaces() throws Exception {
        List<DocNode> nodes = ScenarioDocument.nodes(read());

        assertThat(nodes).extracting(DocNode::id).containsExactly(id("a"), id("b"), id("w.1"), id("w.2"));
        assertThat(nodes).extracting(DocNode::port).containsExactly(9001, 8081, 9100, 9101);
        assertThat(nodes.get(0)).isEqualTo(new DocNode(id("a"), 9001, 10, 20, List.of("db")));
    }

    @Test
    void openingGivesEveryLinkOnceAndTheLaterSettingsWin() throws Exception {
        List<DocLink> links = ScenarioDocument.links(read());

        assertThat(links).extracting(DocLink::key).containsExactly(LinkKey.of(id("a"), id("b")),
                LinkKey.of(id("b"), id("w.1")), LinkKey.of(id("w.1"), id("a")), LinkKey.of(id("w.2"), id("a")));
        assertThat(links.get(0).settings()).isEqualTo(new LinkSettingsValue(80.0, null, 0.1, true));
    }

    @Test
    void savingKeepsTheRestOfTheScenarioAndAddsTheRecordedCommandsInTimeOrder() throws Exception {
        Scenario base = read();
        List<DocLink> links = List.of(new DocLink(LinkKey.of(id("a"), id("b")), new LinkSettingsValue(null, null, null, false)));
        List<RecordedCommand> recorded = List.of(
                new RecordedCommand(7_000_000, Command.kill(id("b"))),
                new RecordedCommand(5_000_000, new Command.Heal()));

        Scenario saved = ScenarioDocument.save(base, "Shapes", ScenarioDocument.nodes(base), links, recorded);

        assertThat(saved.seed()).isEqualTo(9);
        assertThat(saved.protocol()).isEqualTo(base.protocol());
        assertThat(saved.expect()).isEqualTo(base.expect());
        assertThat(saved.groups()).as("group members are saved as plain nodes").isEmpty();
        assertThat(saved.nodes()).hasSize(4);
        // a link drawn down becomes a linkDown at 0 s; events at one instant keep their order
        assertThat(saved.events()).extracting(event -> event.at().micros() + " " + TimelineText.of(event.command()))
                .containsExactly("0 link a—b down", "5000000 kill @master", "5000000 “watch”", "5000000 heal",
                        "7000000 kill b");
    }

    @Test
    void aFaultRecordedByHandIsSavedAtATimeAPersonWouldWrite() throws Exception {
        Scenario base = read();
        List<RecordedCommand> recorded = List.of(new RecordedCommand(14_060_121, Command.kill(id("b"))),
                new RecordedCommand(999_600, new Command.Heal()));

        Scenario saved = ScenarioDocument.save(base, "Shapes", ScenarioDocument.nodes(base), List.of(), recorded);

        assertThat(saved.events()).extracting(event -> event.at().toString())
                .contains("14.06s", "1s").doesNotContain("14060.121ms");
        assertThat(saved.events()).extracting(event -> event.at().micros()).contains(14_060_000L, 1_000_000L);
    }

    @Test
    void whatIsSavedOpensAsWhatWasEdited() throws Exception {
        Scenario base = read();
        List<DocNode> nodes = List.of(new DocNode(id("a"), 9001, 50, 60, List.of("web")),
                new DocNode(id("z"), 9050, 1, 2, List.of()));
        List<DocLink> links = List.of(new DocLink(LinkKey.of(id("a"), id("z")), new LinkSettingsValue(5.0, 1.0, null, true)));

        Scenario saved = ScenarioDocument.save(base, "Shapes", nodes, links, List.of());

        assertThat(ScenarioDocument.nodes(saved)).isEqualTo(nodes);
        assertThat(ScenarioDocument.links(saved)).isEqualTo(links);
    }

    @Test
    void aNewDocumentIsUntitledAndTakesItsNameFromItsFirstTitle() {
        Scenario blank = ScenarioDocument.blank();
        assertThat(ScenarioDocument.title(blank)).isEqualTo("Untitled");
        assertThat(blank.nodes()).isEmpty();

        Scenario saved = ScenarioDocument.save(blank, "Ring of Five: the Master dies!", List.of(), List.of(), List.of());

        assertThat(saved.name()).isEqualTo("ring-of-five-the-master-dies");
        assertThat(ScenarioDocument.title(saved)).isEqualTo("Ring of Five: the Master dies!");
    }
}
